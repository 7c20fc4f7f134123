// The article reader: legend toggles and click-to-open records. No inline script (CSP).
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var panel = document.getElementById("record-panel");
  if (!text || !panel) { return; }
  var placeholder = panel.querySelector(".placeholder");
  var hidden = {};

  function clearActive() {
    var active = text.querySelectorAll(".hl.active");
    for (var i = 0; i < active.length; i++) { active[i].classList.remove("active"); }
  }

  function show(keys) {
    var records = panel.querySelectorAll(".record");
    for (var i = 0; i < records.length; i++) { records[i].hidden = true; }
    clearActive();
    var wanted = {};
    var shown = 0;
    keys.forEach(function (key) {
      var rec = document.getElementById(key);
      if (rec && rec.classList.contains("record") && !hidden[rec.dataset.kind]) {
        rec.hidden = false;
        wanted[key] = true;
        shown++;
      }
    });
    placeholder.hidden = shown > 0;
    var segments = text.querySelectorAll(".hl");
    for (var j = 0; j < segments.length; j++) {
      var own = segments[j].dataset.records.split(" ");
      for (var k = 0; k < own.length; k++) {
        if (wanted[own[k]]) { segments[j].classList.add("active"); break; }
      }
    }
    return shown;
  }

  function open(el) {
    var keys = el.dataset.records.split(" ").filter(function (key) {
      var rec = document.getElementById(key);
      return rec && !hidden[rec.dataset.kind];
    });
    if (keys.length) { show(keys); }
  }

  text.addEventListener("click", function (ev) {
    var el = ev.target.closest(".hl");
    if (el) { open(el); }
  });
  text.addEventListener("keydown", function (ev) {
    if ((ev.key === "Enter" || ev.key === " ") && ev.target.classList.contains("hl")) {
      ev.preventDefault();
      open(ev.target);
    }
  });

  var toggles = document.querySelectorAll(".toggle");
  var toggleOf = {};
  for (var t = 0; t < toggles.length; t++) {  // layers not ticked on the server start hidden
    toggleOf[toggles[t].dataset.kind] = toggles[t];
    hidden[toggles[t].dataset.kind] = !toggles[t].checked;
  }
  for (var i = 0; i < toggles.length; i++) {
    toggles[i].addEventListener("change", function (ev) {
      var kind = ev.target.dataset.kind;
      hidden[kind] = !ev.target.checked;
      text.classList.toggle("hide-" + kind, !ev.target.checked);
      var open = panel.querySelectorAll(".record:not([hidden])");
      var keys = [];
      for (var j = 0; j < open.length; j++) { keys.push(open[j].id); }
      show(keys);
    });
  }

  // #rec-<record id> (from search results and the ledger) opens that record.
  function openFromHash() {
    if (location.hash.indexOf("#rec-") !== 0) { return; }
    var wanted = decodeURIComponent(location.hash.slice(5));
    var records = panel.querySelectorAll(".record");
    for (var r = 0; r < records.length; r++) {
      if (records[r].dataset.id === wanted) {
        var kind = records[r].dataset.kind;
        if (hidden[kind] && toggleOf[kind]) {  // a link to a record turns its layer on
          toggleOf[kind].checked = true;
          toggleOf[kind].dispatchEvent(new Event("change"));
        }
        show([records[r].id]);
        var first = text.querySelector(".hl.active");
        if (first) { first.scrollIntoView({ block: "center" }); }
        return;
      }
    }
  }
  window.addEventListener("hashchange", openFromHash);
  openFromHash();
})();
