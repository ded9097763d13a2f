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
