// Sinergi: small helpers shared by the Tasklist tabs ("Dokumen", "Unggah data").

/** Creates an element; attrs.text sets its text, other attrs are set as attributes. */
export function el(tag, attrs, children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'text') node.textContent = v; else node.setAttribute(k, v);
  });
  (children || []).forEach(c => node.appendChild(c));
  return node;
}

/** The reason of an /api error body ({message, errors: [{field, reason}]}) for a person. */
export function errorText(responseText, status) {
  try {
    const body = JSON.parse(responseText);
    const details = (body.errors || []).map(e => e.reason).join('; ');
    return details ? details.charAt(0).toUpperCase() + details.slice(1) + '.' : body.message;
  } catch (e) {
    return status === 413 ? 'Berkas terlalu besar.' : 'HTTP ' + status;
  }
}

/**
 * Posts a multipart payload to the app's /api with the webapp session's CSRF token, showing
 * progress and disabling the button meanwhile. onDone(status, responseText) gets every answer;
 * a network failure is shown in the message element.
 */
export function upload(url, payload, {api, button, progress, message, failed, uploading}, onDone) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', url);
  xhr.setRequestHeader('X-XSRF-TOKEN', api.CSRFToken);
  xhr.setRequestHeader('Accept', 'application/json');
  xhr.upload.onprogress = e => {
    if (e.lengthComputable) progress.value = Math.round(100 * e.loaded / e.total);
  };
  xhr.onload = () => {
    button.disabled = false;
    progress.style.display = 'none';
    message.className = '';
    onDone(xhr.status, xhr.responseText);
  };
  xhr.onerror = () => {
    button.disabled = false;
    progress.style.display = 'none';
    message.className = 'text-danger';
    message.textContent = failed + 'koneksi terputus';
  };
  button.disabled = true;
  progress.value = 0;
  progress.style.display = 'block';
  message.className = '';
  message.textContent = uploading;
  xhr.send(payload);
}
