// The upload page: send pasted text or a file to the API, then follow each job until it ends.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form) { return; }
  var message = document.getElementById("upload-message");
  var table = document.getElementById("jobs");
  var body = table.querySelector("tbody");
  var rows = {};

  function say(text, isError) {
    message.textContent = text;
    message.className = isError ? "error" : "hint";
  }

  function headers() {
    var h = { "Content-Type": "application/json" };
    var token = form.elements.token ? form.elements.token.value.trim() : "";
    if (token) { h.Authorization = "Bearer " + token; }
    return h;
  }

  function cell(row, i, text, href) {
    var td = row.children[i];
    td.textContent = "";
    if (href) {
      var a = document.createElement("a");
      a.href = href; a.textContent = text;
      td.appendChild(a);
    } else {
      td.textContent = text;
    }
  }

  function show(job) {
    var row = rows[job.id];
    if (!row) {
      row = document.createElement("tr");
      for (var i = 0; i < 5; i++) { row.appendChild(document.createElement("td")); }
      row.dataset.job = job.id;
      body.insertBefore(row, body.firstChild);
      rows[job.id] = row;
      table.hidden = false;
    }
    cell(row, 0, job.source);
    cell(row, 1, String(job.chars));
    cell(row, 2, job.lane);
    var status = job.status + (job.reason ? ": " + job.reason : "") + (job.new === false ? " (already stored)" : "");
    cell(row, 3, status);
    row.className = "job job-" + job.status;
    if (job.article_id) { cell(row, 4, job.article_id.slice(0, 10), "/articles/" + encodeURIComponent(job.article_id)); }
  }

  function follow(id) {
    fetch("/api/jobs/" + encodeURIComponent(id)).then(function (r) { return r.json(); }).then(function (job) {
      show(job);
      if (job.status === "queued" || job.status === "analysing") { setTimeout(function () { follow(id); }, 700); }
    }).catch(function () { setTimeout(function () { follow(id); }, 2000); });
  }

  function send(path, payload) {
    say("Sending…", false);
    fetch(path, { method: "POST", headers: headers(), body: JSON.stringify(payload) })
      .then(function (r) { return r.json().then(function (data) { return { status: r.status, data: data }; }); })
      .then(function (res) {
        var d = res.data;
        if (res.status !== 202) {
          var detail = typeof d.detail === "string" ? d.detail : JSON.stringify(d.detail || d.failures || d);
          say("Not queued (HTTP " + res.status + "): " + detail, true);
          return;
        }
        var failed = (d.failures || []).map(function (f) { return f.source + ": " + f.reason; });
        say(d.jobs.length + " article(s) queued" + (failed.length ? "; not read: " + failed.join("; ") : "") + ".", failed.length > 0);
        d.jobs.forEach(function (job) { show(job); follow(job.id); });
      })
      .catch(function (e) { say("The request failed: " + e, true); });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var file = form.elements.file.files[0];
    if (file) {
      file.text().then(function (content) { send("/api/uploads", { name: file.name, content: content }); });
      return;
    }
    var text = form.elements.text.value;
    if (!text.trim()) { say("Paste a text or choose a file first.", true); return; }
    var payload = { text: text };
    ["title", "outlet", "url", "published"].forEach(function (k) {
      var v = form.elements[k].value.trim();
      if (v) { payload[k] = v; }
    });
    send("/api/articles", payload);
  });
})();
