package id.sinergi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import id.sinergi.kernel.Published;
import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

/**
 * The shape of the code as rules: capabilities in their own packages, on one small kernel, with
 * no package cycles; a capability uses another only through its published interface
 * ({@link Published}); config is wiring nobody depends on; bean names equal class names, so
 * {@code ${fooBar}} in a model leads to class {@code FooBar} in one hop.
 */
class ArchitectureTest {

  static final String ROOT = "id.sinergi";
  static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void capabilitiesFormNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theKernelsPackagesFormNoCycles() {
    slices().matching(ROOT + ".kernel.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theKernelDependsOnNoCapability() {
    noClasses().that().resideInAPackage(ROOT + ".kernel..")
        .should().dependOnClassesThat(new DescribedPredicate<>("belong to a capability") {
          @Override
          public boolean test(JavaClass target) {
            String capability = capabilityOf(target);
            return capability != null && !capability.equals("kernel");
          }
        }).check(classes);
  }

  @Test
  void configIsWiringThatNothingDependsOn() {
    noClasses().that().resideOutsideOfPackage(ROOT + ".config..")
        .and().doNotHaveFullyQualifiedName(ROOT + ".SinergiApplication")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".config..").check(classes);
  }

  @Test
  void capabilitiesUseEachOtherOnlyThroughPublishedTypes() {
    classes().that().resideInAPackage(ROOT + "..")
        .and().resideOutsideOfPackages(ROOT + ".kernel..", ROOT + ".config..")
        .should(onlyUseOtherCapabilitiesThroughPublishedTypes()).check(classes);
  }

  @Test
  void beanNamesEqualTheirClassNames() {
    classes().that().areAnnotatedWith(Component.class).or().areAnnotatedWith(Service.class)
        .should(new ArchCondition<>("be named after their class") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            String name = explicitName(type);
            String expected = Introspector.decapitalize(type.getSimpleName());
            if (name != null && !name.isEmpty() && !name.equals(expected)) {
              events.add(SimpleConditionEvent.violated(type, type.getName() + " is the bean '"
                  + name + "'; name it '" + expected + "' or rename the class"));
            }
          }
        }).check(classes);
  }

  @Test
  void everyBeanAModelNamesIsAClassOfThatName() throws IOException {
    Set<String> classNames = new TreeSet<>();
    classes.stream().filter(c -> c.isAnnotatedWith(Component.class)
        || c.isAnnotatedWith(Service.class)).forEach(c -> classNames.add(
            Introspector.decapitalize(c.getSimpleName())));
    Pattern bean = Pattern.compile("\\$\\{([a-z][A-Za-z0-9]*)[.}]");
    List<String> missing = new ArrayList<>();
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        Matcher m = bean.matcher(Files.readString(model));
        while (m.find()) {
          String name = m.group(1);
          boolean variable = Set.of("case", "execution", "task", "loopCounter", "candidateId",
              "studyOutcome", "schemeAgreed", "offeredByPip", "offerAccepted", "internalApproved",
              "extend", "recruitmentClosed", "graduated", "needsFinancing", "referralTarget",
              "coordinatorAction", "moreOverdue", "followUpStepName",
              "followUp", "sikpClear").contains(name);
          if (!variable && !classNames.contains(name)) {
            missing.add(model.getFileName() + ": ${" + name + "}");
          }
        }
      }
    }
    assertThat(missing).as("expressions naming a bean with no class of that name").isEmpty();
  }

  private static ArchCondition<JavaClass> onlyUseOtherCapabilitiesThroughPublishedTypes() {
    return new ArchCondition<>("use other capabilities only through @Published types") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String own = capabilityOf(origin);
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          JavaClass target = dependency.getTargetClass();
          String other = capabilityOf(target);
          if (other == null || other.equals(own) || other.equals("kernel")) {
            continue;
          }
          if (!published(target)) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                + " — " + target.getName() + " is not part of " + other
                + "'s published interface"));
          }
        }
      }
    };
  }

  static boolean published(JavaClass type) {
    for (Optional<JavaClass> t = Optional.of(type); t.isPresent(); t = t.get().getEnclosingClass()) {
      if (t.get().isAnnotatedWith(Published.class)) {
        return true;
      }
    }
    return false;
  }

  /** "cooperation" for id.sinergi.cooperation.X; null outside Sinergi or for the root. */
  static String capabilityOf(JavaClass type) {
    String pkg = type.getPackageName();
    if (!pkg.startsWith(ROOT + ".")) {
      return null;
    }
    String rest = pkg.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  private static String explicitName(JavaClass type) {
    for (Class<?> annotation : List.of(Component.class, Service.class)) {
      @SuppressWarnings("unchecked")
      var found = type.tryGetAnnotationOfType((Class<java.lang.annotation.Annotation>) annotation);
      if (found.isPresent()) {
        try {
          return (String) annotation.getMethod("value").invoke(found.get());
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return null;
  }
}
