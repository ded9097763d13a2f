// Sinergi: Camunda Forms (form-js 1.8.7, bundled in Tasklist 7.24) in Bahasa Indonesia.
//
// form-js 1.8.7 has no i18n hook: its validation messages ("Field is required.") and control
// texts ("Select", "Add new") are hard-coded English. This script translates them where they
// appear: a MutationObserver watches the form and rewrites matching text nodes in place (Preact
// keeps its own virtual DOM, so it only touches them again when the message changes, and then
// the observer translates the new text). Only text inside form-js (.fjs-container) is touched.
// A pattern failure ("Field must match pattern ^[0-9]{16}$.") becomes "Format tidak sesuai:"
// followed by the field's own description (every patterned field in forms/*.form has one, e.g.
// "16 digit angka"), never the regular expression.
//
// Dates: form-js derives the date picker's format from Intl.DateTimeFormat('default'), i.e.
// the browser's language (mm/dd/yyyy in an en-US browser). While Tasklist is in Indonesian,
// the default locale of Intl.DateTimeFormat is id-ID, so dates are typed and shown dd/mm/yyyy.
//
// Adding a text: add it to EXACT (whole text) or PATTERNS (with placeholders) below.

const LANG_KEY = 'sinergi.tasklist.lang';

function indonesian() {
  try {
    const fromUrl = /[?&]lang=(en|id)\b/.exec(window.location.href);
    return (fromUrl ? fromUrl[1] : window.localStorage.getItem(LANG_KEY) || 'id') === 'id';
  } catch (e) {
    return true;
  }
}

// ---- 1. dates dd/mm/yyyy -------------------------------------------------------------------
if (indonesian() && window.Intl && Intl.DateTimeFormat && !Intl.DateTimeFormat.sinergi) {
  const Native = Intl.DateTimeFormat;
  const Patched = function(locales, options) {
    const chosen = locales === undefined || locales === 'default' ? 'id-ID' : locales;
    return new Native(chosen, options);
  };
  Patched.prototype = Native.prototype;
  Patched.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Patched.sinergi = true;
  Intl.DateTimeFormat = Patched;
}

// ---- 2. form-js texts ----------------------------------------------------------------------
function number(text) {
  const value = Number(text);
  return isNaN(value) ? text : value.toLocaleString('id-ID');
}

export const EXACT = {
  'Field is required.': 'Wajib diisi.',
  'Select': 'Pilih',
  'Add new': 'Tambah baris',
  'Collapse': 'Ciutkan',
  'No results': 'Tidak ada hasil',
  'All values selected': 'Semua pilihan sudah dipilih',
  'Skip to search': 'Lompat ke pencarian',
  'Search': 'Cari',
  'Value is not a number.': 'Isi dengan angka.',
  'Value is expected to be an integer.': 'Isi dengan bilangan bulat (tanpa koma).',
  'Field must be a valid email.': 'Isi dengan alamat e-mail yang benar, misalnya nama@contoh.go.id.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Isi dengan nomor telepon internasional, misalnya +6281234567890.'
};

export const PATTERNS = [
  [/^Field must have minimum value of (.+)\.$/, m => 'Tidak boleh kurang dari ' + number(m[1]) + '.'],
  [/^Field must have maximum value of (.+)\.$/, m => 'Tidak boleh lebih dari ' + number(m[1]) + '.'],
  [/^Field must have minimum length of (\d+)\.$/, m => 'Paling sedikit ' + m[1] + ' karakter.'],
  [/^Field must have maximum length of (\d+)\.$/, m => 'Paling banyak ' + m[1] + ' karakter.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/,
    m => 'Paling banyak ' + m[1] + ' angka di belakang koma.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    m => 'Nilai tidak sesuai kelipatan; nilai terdekat: ' + number(m[1]) + ' atau ' + number(m[2]) + '.'],
  [/^Expand all \((\d+)\)$/, m => 'Tampilkan semua (' + m[1] + ')'],
  [/^Remove list item (\d+)$/, m => 'Hapus baris ' + m[1]]
];

const PATTERN_FAILURE = /^Field must match pattern .*\.$/s;

function hintOf(node) {
  const field = node.parentElement && node.parentElement.closest('.fjs-form-field');
  const description = field && field.querySelector('.fjs-form-field-description');
  const hint = description && description.textContent.trim();
  return hint ? hint.replace(/\.$/, '') : null;
}

export function translate(text, node) {
  const trimmed = text.trim();
  if (!trimmed) {
    return null;
  }
  if (Object.prototype.hasOwnProperty.call(EXACT, trimmed)) {
    return text.replace(trimmed, EXACT[trimmed]);
  }
  if (PATTERN_FAILURE.test(trimmed)) {
    const hint = node ? hintOf(node) : null;
    return hint ? 'Format tidak sesuai: ' + hint + '.' : 'Format tidak sesuai.';
  }
  for (const [pattern, make] of PATTERNS) {
    const match = pattern.exec(trimmed);
    if (match) {
      return text.replace(trimmed, make(match));
    }
  }
  return null;
}

function translateTree(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const translated = translate(node.data, node);
    if (translated !== null && translated !== node.data) {
      node.data = translated;
    }
  }
  root.querySelectorAll('[aria-label]').forEach(element => {
    const translated = translate(element.getAttribute('aria-label'), null);
    if (translated !== null) {
      element.setAttribute('aria-label', translated);
    }
  });
}

function translateForms() {
  document.querySelectorAll('.fjs-container').forEach(translateTree);
}

if (indonesian() && window.MutationObserver) {
  let scheduled = false;
  const observer = new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      // after Preact's current render, before the browser paints
      Promise.resolve().then(() => {
        scheduled = false;
        translateForms();
      });
    }
  });
  const start = () => observer.observe(document.body, {childList: true, subtree: true, characterData: true});
  if (document.body) {
    start();
  } else {
    document.addEventListener('DOMContentLoaded', start);
  }
}

export default {
  id: 'sinergi-forms',
  pluginPoint: 'tasklist.navbar.action',
  priority: -101,
  render: function() {}
};
