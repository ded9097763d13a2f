package id.sinergi.datarequest;

import id.sinergi.kernel.error.FieldError;
import id.sinergi.kernel.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an OPD answers: lists of programmes, mentors, trainings and actors, or a refusal. */
@Service
@Transactional
public class OpdAnswerService {

  private final OpdRequestRepository requests;
  private final DataItemRepository items;
  private final ActorImportService actorImport;
  private final ActorStore actors;

  public OpdAnswerService(OpdRequestRepository requests, DataItemRepository items,
      ActorImportService actorImport, ActorStore actors) {
    this.requests = requests;
    this.items = items;
    this.actorImport = actorImport;
    this.actors = actors;
  }

  /**
   * Replaces the request's list of one kind (an empty list leaves the earlier one).
   *
   * @param field how the list is called in the form or JSON, for error messages
   * @throws InvalidInputException naming each bad entry
   */
  public void replaceItems(OpdRequest request, DataKind kind, List<ItemInput> entries,
      String field) {
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      ItemInput entry = entries.get(i);
      String at = field + "[" + (i + 1) + "].";
      if (entry.name() == null || entry.name().isBlank()) {
        errors.add(new FieldError(at + "name", "nama wajib diisi"));
      } else if (entry.name().length() > 300) {
        errors.add(new FieldError(at + "name", "maksimal 300 karakter"));
      }
      if (entry.detail() != null && entry.detail().length() > 2000) {
        errors.add(new FieldError(at + "detail", "maksimal 2000 karakter"));
      }
      if (entry.amount() != null && entry.amount().signum() < 0) {
        errors.add(new FieldError(at + "amount", "tidak boleh negatif"));
      }
      if (entry.quantity() != null && entry.quantity() < 0) {
        errors.add(new FieldError(at + "quantity", "tidak boleh negatif"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (entries.isEmpty()) {
      return;
    }
    items.findByRequestIdOrderById(request.getId()).stream()
        .filter(item -> item.getKind() == kind).forEach(items::delete);
    for (ItemInput entry : entries) {
      items.save(new DataItem(request.getId(), kind, entry.name().strip(), entry.detail(),
          entry.amount(), entry.quantity(), entry.startDate()));
    }
  }

  /**
   * Adds business actors entered one by one (form or REST) to the request's list.
   *
   * @return the errors, one per bad cell (nothing saved when there are any)
   */
  public List<ImportError> addActors(OpdRequest request, List<Map<ActorColumn, String>> rows) {
    ActorImportService.Validated validated = ActorImportService.validate(rows);
    if (validated.errors().isEmpty()) {
      actorImport.add(request, validated.actors());
    }
    return validated.errors();
  }

  public boolean hasData(OpdRequest request) {
    return items.countByRequestId(request.getId()) > 0
        || actors.countActorsOf(request.getId()) > 0;
  }

  public void answer(OpdRequest request, OpdRequest.Channel channel, String userId) {
    request.answer(channel, userId, ActorImportService.now());
    requests.save(request);
  }

  public void refuse(OpdRequest request, String reason, OpdRequest.Channel channel,
      String userId) {
    request.refuse(reason, channel, userId, ActorImportService.now());
    requests.save(request);
  }
}
