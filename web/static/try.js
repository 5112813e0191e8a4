// The try-it page: run without reloading, Tab indents, diagnostics jump to their line.
// Works on top of the plain form (which also works without JavaScript).
(function () {
  "use strict";
  var form = document.getElementById("try-form");
  if (!form) return;
  var source = document.getElementById("source");
  var emit = document.getElementById("emit");
  var status = document.getElementById("status");
  var runButton = document.getElementById("run");
  var saveButton = document.getElementById("save");

  function setText(id, text) { document.getElementById(id).textContent = text || ""; }

  function jumpTo(line, col) {
    if (window.mojitoEditor) { window.mojitoEditor.jumpTo(line, col); return; }  // static/editor.js
    var lines = source.value.split("\n");
    var pos = 0;
    for (var i = 0; i < line - 1 && i < lines.length; i++) pos += lines[i].length + 1;
    pos += Math.max(0, col - 1);
    source.focus();
    source.setSelectionRange(pos, pos + 1);
    var lineHeight = source.scrollHeight / Math.max(1, lines.length);
    source.scrollTop = Math.max(0, (line - 3) * lineHeight);
  }

  function showDiagnostics(list) {
    var ul = document.getElementById("diagnostics");
    ul.textContent = "";
    (list || []).forEach(function (d) {
      var li = document.createElement("li");
      li.className = d.severity || "error";
      var a = document.createElement("a");
      a.href = "#source";
      a.dataset.line = d.line;
      a.dataset.col = d.col;
      a.textContent = "line " + d.line + ", column " + d.col;
      li.appendChild(a);
      li.appendChild(document.createTextNode(": " + (d.severity || "error") + ": " + d.message));
      ul.appendChild(li);
    });
  }

  document.getElementById("diagnostics").addEventListener("click", function (ev) {
    var a = ev.target.closest("a[data-line]");
    if (!a) return;
    ev.preventDefault();
    jumpTo(parseInt(a.dataset.line, 10), parseInt(a.dataset.col, 10));
  });

  source.addEventListener("keydown", function (ev) {
    if (ev.key === "Tab" && !ev.shiftKey && !ev.ctrlKey && !ev.metaKey) {
      ev.preventDefault();
      var s = source.selectionStart, e = source.selectionEnd;
      source.setRangeText("    ", s, e, "end");
    } else if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) {
      ev.preventDefault();
      run();
    }
  });

  // The generated code per function (LLVM `define`s, or assembly between `.type f,@function`
  // and `.size f`), so one function can be read on its own, as on Compiler Explorer. Each line
  // carries the source line it came from (the API's emitted_lines): same colour for the same
  // source line, its number in a gutter that jumps to it, and hovering lights up its siblings.
  var sections = {};
  var emittedText = [];
  var emittedSrc = [];

  function splitFunctions(lines) {
    var out = {};
    var current = null;
    var asmNames = {};
    var mojitoIr = lines.length > 0 && /^def /.test(lines[0]);  // its functions end at a blank line
    lines.forEach(function (line) {
      var t = /^\s*\.type\s+("?[^,"]+"?),\s*@function/.exec(line);
      if (t) asmNames[t[1].replace(/"/g, "")] = true;
    });
    lines.forEach(function (line, i) {
      var d = /^define\b.*?@("[^"]+"|[\w.$]+)\(/.exec(line);
      var irDef = mojitoIr ? /^def ([^(]+)\(/.exec(line) : null;  // Mojito's own IR
      var label = /^("?[^\s:"]+"?):/.exec(line);
      var name = d ? d[1] : irDef ? irDef[1] : label && asmNames[label[1].replace(/"/g, "")] ? label[1] : null;
      if (name) {
        current = name.replace(/"/g, "");
        out[current] = [i, i + 1];
      }
      if (current) out[current][1] = i + 1;
      if (current && (/^}\s*$/.test(line) || /^\s*\.size\s/.test(line) || /^\.Lfunc_end/.test(line) ||
                      (mojitoIr && line === ""))) {
        current = null;
      }
    });
    return out;
  }

  var picker = document.getElementById("function");
  var emittedPre = document.getElementById("emitted");
  var PALETTE = 8;

  function renderEmitted() {
    var range = picker.value && sections[picker.value] ? sections[picker.value] : [0, emittedText.length];
    emittedPre.textContent = "";
    emittedPre.classList.toggle("mapped", emittedSrc.some(function (x) { return x; }));
    var frag = document.createDocumentFragment();
    for (var i = range[0]; i < range[1]; i++) {
      var row = document.createElement("span");
      row.className = "emitted-line";
      var src = emittedSrc[i];
      var gutter = document.createElement("a");
      gutter.className = "src-line";
      if (src) {
        row.dataset.src = src;
        row.classList.add("src-c" + (src % PALETTE));
        gutter.href = "#source";
        gutter.dataset.line = src;
        gutter.textContent = String(src);
        gutter.title = "from line " + src + " of the program";
      }
      row.appendChild(gutter);
      row.appendChild(document.createTextNode(emittedText[i] + "\n"));
      frag.appendChild(row);
    }
    emittedPre.appendChild(frag);
  }

  function showEmitted(text, lines) {
    emittedText = text ? text.replace(/\n$/, "").split("\n") : [];
    emittedSrc = lines && lines.length >= emittedText.length ? lines : [];
    sections = emittedText.length ? splitFunctions(emittedText) : {};
    var names = Object.keys(sections);
    var keep = picker.value;
    picker.textContent = "";
    var all = document.createElement("option");
    all.value = "";
    all.textContent = "all functions";
    picker.appendChild(all);
    names.forEach(function (n) {
      var o = document.createElement("option");
      o.value = n;
      o.textContent = n;
      picker.appendChild(o);
    });
    picker.hidden = names.length < 2;
    picker.value = names.indexOf(keep) >= 0 ? keep : "";
    renderEmitted();
  }

  picker.addEventListener("change", renderEmitted);

  emittedPre.addEventListener("click", function (ev) {
    var a = ev.target.closest("a.src-line[data-line]");
    if (!a) return;
    ev.preventDefault();
    jumpTo(parseInt(a.dataset.line, 10), 1);
  });

  var lit = [];
  emittedPre.addEventListener("mouseover", function (ev) {
    var row = ev.target.closest(".emitted-line");
    var src = row && row.dataset.src;
    lit.forEach(function (r) { r.classList.remove("lit"); });
    lit = src ? Array.prototype.slice.call(emittedPre.querySelectorAll('.emitted-line[data-src="' + src + '"]')) : [];
    lit.forEach(function (r) { r.classList.add("lit"); });
  });

  function busy(on, text) {
    runButton.disabled = on;
    saveButton.disabled = on;
    status.textContent = text || "";
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin",
    }).then(function (r) {
      return r.json().then(function (data) { return { status: r.status, data: data }; });
    });
  }

  function run() {
    busy(true, "Running…");
    var started = performance.now();
    post("/api/v1/run", { source: source.value, emit: emit.value || null }).then(function (r) {
      if (r.status !== 200) {
        busy(false, typeof r.data.detail === "string" ? r.data.detail : "The program could not be run (" + r.status + ").");
        return;
      }
      var d = r.data;
      showDiagnostics(d.diagnostics);
      setText("stdout", d.stdout);
      setText("stderr", d.stderr);
      setText("exit", "exit code " + d.exit_code);
      showEmitted(d.emitted, d.emitted_lines);
      busy(false, "Done in " + Math.round(performance.now() - started) + " ms" + (d.cached ? " (cached)" : ""));
    }).catch(function () { busy(false, "The server could not be reached."); });
  }

  form.addEventListener("submit", function (ev) {
    var action = ev.submitter ? ev.submitter.value : "run";
    ev.preventDefault();
    if (action === "save") {
      busy(true, "Saving…");
      post("/api/v1/programs", { source: source.value }).then(function (r) {
        if (r.status !== 201) { busy(false, "Could not save (" + r.status + ")."); return; }
        var p = document.getElementById("permalink");
        p.textContent = "Permalink: ";
        var a = document.createElement("a");
        a.href = r.data.url;
        a.textContent = window.location.origin + r.data.url;
        p.appendChild(a);
        history.replaceState(null, "", r.data.url);
        busy(false, "Saved.");
      }).catch(function () { busy(false, "The server could not be reached."); });
    } else {
      run();
    }
  });
})();
