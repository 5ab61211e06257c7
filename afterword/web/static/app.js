// Afterword's few behaviours; every page works without them, only less smoothly.
// No inline scripts (the Content-Security-Policy forbids them), no eval.
(function () {
  "use strict";

  // While typing, the marks behind the text would drift: show the plain text until the
  // review (htmx, debounced) sends fresh marks. The backdrop also sizes the editor.
  function syncBackdrop(textarea) {
    var backdrop = document.getElementById(textarea.dataset.backdrop);
    if (backdrop) backdrop.textContent = textarea.value + "\u200b";
  }

  var dirty = new Set();

  document.addEventListener("input", function (event) {
    var target = event.target;
    if (target instanceof HTMLTextAreaElement && target.dataset.backdrop) {
      syncBackdrop(target);
      var form = target.closest("form");
      if (form) dirty.add(form.id);
    } else if (target instanceof HTMLInputElement && target.name === "subject") {
      var owner = target.closest("form");
      if (owner) dirty.add(owner.id);
    }
  });

  // Any submit of a draft's form saves its text: nothing left unsaved.
  document.addEventListener("submit", function (event) {
    if (event.target instanceof HTMLFormElement) dirty.delete(event.target.id);
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var path = event.detail && event.detail.pathInfo && event.detail.pathInfo.requestPath;
    if (path && !/\/review$/.test(path)) dirty.clear();
  });
  window.addEventListener("beforeunload", function (event) {
    if (dirty.size > 0) {
      event.preventDefault();
      event.returnValue = "";
    }
  });

  // "Send now" and the like ask first: a note that has gone cannot be taken back.
  // Capture phase, so a cancelled click reaches neither the form nor htmx.
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("[data-confirm]") : null;
    if (button && !window.confirm(button.dataset.confirm)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // "Copy for LinkedIn": the note as it is in the editor.
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("[data-copy]") : null;
    if (!button) return;
    var source = document.getElementById(button.dataset.copy);
    if (!source) return;
    var text = source.value !== undefined ? source.value : source.textContent;
    var done = function () {
      var label = button.textContent;
      button.textContent = "Copied: paste it into LinkedIn";
      setTimeout(function () { button.textContent = label; }, 2500);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () {
        source.select && source.select();
      });
    } else if (source.select) {
      source.select();
      document.execCommand("copy");
      done();
    }
  });

  // After htmx swaps a draft in, put focus back where the person was working.
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail && event.detail.target;
    if (target && target.classList && target.classList.contains("draft")) {
      var status = target.querySelector("[data-testid='draft-status']");
      var editor = target.querySelector("textarea");
      if (editor) editor.focus({ preventScroll: true });
      if (status) status.scrollIntoView({ block: "nearest" });
    }
  });

  // Settings, "Your mail provider": fill in the server, port and security it uses.
  document.addEventListener("change", function (event) {
    var select = event.target;
    if (!(select instanceof HTMLSelectElement) || select.id !== "smtp-preset") return;
    var option = select.selectedOptions[0];
    if (!option || !option.dataset.host) return;
    var set = function (name, value) {
      var field = select.form && select.form.elements.namedItem(name);
      if (field) field.value = value;
    };
    set("smtp.host", option.dataset.host);
    set("smtp.port", option.dataset.port);
    set("smtp.security", option.dataset.security);
  });

  // Review a note, "Who is it for?": a person chosen from the record gives the context, so
  // the typed name, company and role are set aside (a disabled fieldset is not sent).
  document.addEventListener("change", function (event) {
    var select = event.target;
    if (!(select instanceof HTMLSelectElement) || select.name !== "for") return;
    var manual = document.getElementById("review-manual");
    if (manual) manual.disabled = select.value !== "";
  });

  // Jump to the first error when a form comes back with problems.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();
  });

  // The interview form's sticky Save bar: a field focused under it is scrolled up above it.
  // CSS scroll-margin covers fields the browser scrolls to; a field already partly in view
  // (a text area's top showing above the bar) is not scrolled by the browser, so here.
  document.addEventListener("focusin", function (event) {
    var field = event.target;
    if (!(field instanceof HTMLElement)) return;
    var form = field.closest(".interview-form");
    var bar = form && form.querySelector(".actions.sticky");
    if (!bar || bar.contains(field)) return;
    requestAnimationFrame(function () {
      var box = field.getBoundingClientRect();
      var covered = box.bottom - bar.getBoundingClientRect().top;
      // Never past the field's top: a field taller than the room left shows its start.
      if (covered > 0) window.scrollBy(0, Math.min(covered + 16, box.top - 16));
    });
  });

  // The interview form's live reading grows and shrinks the notes beside the fields; the
  // field being typed in stays where it is on screen (the browser's scroll anchoring moved
  // it off the top when the note below it grew).
  var kept = null;
  document.addEventListener("htmx:beforeSwap", function (event) {
    var active = document.activeElement;
    if (event.target.id !== "reading-live" || !(active instanceof HTMLElement)) return;
    kept = { field: active, top: active.getBoundingClientRect().top };
  });
  document.addEventListener("htmx:afterSettle", function (event) {
    if (event.target.id !== "reading-live" || !kept) return;
    var moved = kept.field.getBoundingClientRect().top - kept.top;
    if (kept.field === document.activeElement && Math.abs(moved) >= 1) window.scrollBy(0, moved);
    kept = null;
  });

  // The interview form's "Start from a file": choosing the file reads it into the form at
  // once (the "Read the file" button), so Save never meets a file the form has not shown.
  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!(input instanceof HTMLInputElement) || input.type !== "file" || !input.files.length) return;
    var button = input.dataset.readWith && document.getElementById(input.dataset.readWith);
    if (button && input.form) input.form.requestSubmit(button);
  });

  // A date the browser cannot read (30 February, a half-typed time) reaches the server as
  // an empty field, which would read "Required" or, for the end, be ignored. Name such
  // fields in "unreadable", so the server says what is wrong and stores nothing.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains("interview-form")) return;
    var old = form.querySelector("input[name='unreadable']");
    if (old) old.remove();
    var bad = Array.prototype.filter.call(form.elements, function (field) {
      return field.validity && field.validity.badInput && field.name;
    }).map(function (field) { return field.name; });
    if (!bad.length) return;
    var marker = document.createElement("input");
    marker.type = "hidden";
    marker.name = "unreadable";
    marker.value = bad.join(",");
    form.appendChild(marker);
  }, true);
})();
