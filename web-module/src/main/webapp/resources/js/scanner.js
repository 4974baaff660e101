// The door scanner (scan.xhtml), for a phone. Its power is the scanner token, never an account: the
// token comes in the link's fragment (#token=..., which browsers never send to a server), is kept in
// sessionStorage and taken out of the address bar at once, or is pasted into the page.
//
// The rear camera's picture is read by the browser's BarcodeDetector where the browser has one
// (Chrome on Android and macOS, Safari); elsewhere two or three frames a second go to the platform
// (POST api/v1/barcodes/decode), which reads them with ZXing. #scanner's data-decoder says which:
// "browser" or "server". A code read, or typed, is checked in (POST api/v1/checkins) and the answer
// fills the big panel: green for admitted, red with the reason otherwise. The same code is not
// sent again for data-hold-off milliseconds after its answer, so that a ticket held up to the camera
// is checked in once; then scanning goes on. The gate's name is kept in localStorage.
//
// Every text comes from the page (data-text-* of #scanner, from the resource bundles).
(function () {
  "use strict";

  var TOKEN_KEY = "boxoffice.scanner.token";
  var GATE_KEY = "boxoffice.scanner.gate";
  var FORMATS = ["qr_code", "aztec", "code_128"];
  /** Between two frames sent to the platform: at most about 2.5 a second. */
  var SERVER_INTERVAL = 400;
  /** Between two looks of the browser's own detector, which costs little. */
  var BROWSER_INTERVAL = 150;
  /** The longer side of a frame sent to the platform, in pixels: enough for a ticket's code at arm's length. */
  var FRAME_SIDE = 1280;

  var root;
  var token = null;
  var detector = null;
  var video;
  var canvas;
  var busy = false;
  var lastCode = null;
  var lastAnswerAt = 0;
  var stopped = true;
  /** Counts the camera's starts: a frame loop of an earlier start ends instead of running beside the new one. */
  var run = 0;

  /** The page's text of this name: text("alreadyUsed") is #scanner's data-text-already-used. */
  function text(name) {
    var attribute = name.replace(/[A-Z]/g, function (letter) {
      return "-" + letter.toLowerCase();
    });
    return root.getAttribute("data-text-" + attribute) || "";
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return values[name] === undefined || values[name] === null ? "" : String(values[name]);
    });
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function storage(kind) {
    try {
      return window[kind];
    } catch (blocked) {
      return null;
    }
  }

  function remember(kind, key, value) {
    var store = storage(kind);
    if (!store) {
      return;
    }
    if (value) {
      store.setItem(key, value);
    } else {
      store.removeItem(key);
    }
  }

  function recall(kind, key) {
    var store = storage(kind);
    return store ? store.getItem(key) : null;
  }

  // ---------------------------------------------------------------- the token

  /** The token of the link's fragment, taken out of the address bar; else the one kept for this tab. */
  function tokenOfPage() {
    var match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
    if (match) {
      var fromLink = decodeURIComponent(match[1]).trim();
      remember("sessionStorage", TOKEN_KEY, fromLink);
      history.replaceState(null, "", window.location.pathname + window.location.search);
      return fromLink;
    }
    return recall("sessionStorage", TOKEN_KEY);
  }

  function useToken(value) {
    token = value ? value.trim() : null;
    remember("sessionStorage", TOKEN_KEY, token);
    byId("tokenSection").hidden = !!token;
    byId("scanSection").hidden = !token;
    root.setAttribute("data-state", token ? "scanning" : "token");
    if (token) {
      startCamera();
    } else {
      stopCamera();
    }
  }

  /** The token was refused (401: unknown, expired, revoked): say so and ask for another. */
  function tokenRefused(detail) {
    show("refused", text("tokenRefused"), detail || text("tokenRefusedDetail"), "token");
    remember("sessionStorage", TOKEN_KEY, null);
    token = null;
    stopCamera();
    byId("tokenSection").hidden = false;
    root.setAttribute("data-state", "token");
  }

  // ---------------------------------------------------------------- the answer panel

  function show(result, title, detail, code) {
    var panel = byId("result");
    panel.setAttribute("data-result", result);
    panel.setAttribute("data-code", code || "");
    panel.classList.remove("bo-scan-result-stale");
    byId("resultTitle").textContent = title;
    byId("resultDetail").textContent = detail || "";
    panel.hidden = false;
  }

  function timeOf(iso) {
    var when = new Date(iso);
    if (isNaN(when.getTime())) {
      return iso || "";
    }
    var language = document.documentElement.lang || undefined;
    var sameDay = when.toDateString() === new Date().toDateString();
    return sameDay
      ? when.toLocaleTimeString(language, { hour: "2-digit", minute: "2-digit", second: "2-digit" })
      : when.toLocaleString(language, { dateStyle: "short", timeStyle: "medium" });
  }

  function admitted(ticket) {
    show("admitted", text("admitted"), "", "");
    var label = document.createElement("span");
    label.className = "bo-scan-result-label";
    label.textContent = ticket.label || "";
    var holder = document.createElement("span");
    holder.className = "bo-scan-result-holder";
    holder.textContent = ticket.holderFirstName ? fill(text("holder"), { name: ticket.holderFirstName }) : "";
    byId("resultDetail").appendChild(label);
    byId("resultDetail").appendChild(holder);
  }

  /** The page's own words for the check-in's refusals it knows (in the page's language), else the problem's. */
  function refused(problem, status) {
    var code = problem && problem.code ? problem.code : "";
    var key = code ? code.replace(/\./g, "-") : status === 403 ? "forbidden" : "";
    var title = (key && text(key)) || (problem && problem.title) || text("refused");
    var detail;
    if (code === "checkin.already-used") {
      detail = fill(problem.gate ? text("alreadyUsedAtGate") : text("alreadyUsed"), {
        time: timeOf(problem.admittedAt),
        gate: problem.gate
      });
    } else {
      detail = (key && text(key + "-detail")) || (problem && problem.detail) || fill(text("httpStatus"), {
        status: status
      });
    }
    show("refused", title, detail, code || String(status));
  }

  // ---------------------------------------------------------------- the API

  /**
   * POSTs to the API with the scanner token; resolves with the answer and its JSON body (null when
   * it has none), or with null when the token was refused (401), which the page then asks for again.
   */
  function post(path, contentType, body) {
    return fetch(root.getAttribute("data-api") + path, {
      method: "POST",
      headers: {
        "Authorization": "Bearer " + token,
        "Content-Type": contentType,
        "Accept": "application/json, application/problem+json",
        "Accept-Language": document.documentElement.lang || "en"
      },
      body: body,
      cache: "no-store"
    }).then(function (response) {
      return response.json().catch(function () {
        return null;
      }).then(function (json) {
        if (response.status === 401) {
          tokenRefused(json && json.detail);
          return null;
        }
        return { status: response.status, ok: response.ok, body: json };
      });
    });
  }

  // ---------------------------------------------------------------- check-in

  function checkIn(code, typed) {
    code = (code || "").trim();
    if (!code || busy || !token) {
      return;
    }
    if (!typed && code === lastCode && Date.now() - lastAnswerAt < holdOff()) {
      return;
    }
    busy = true;
    root.setAttribute("data-state", "checking");
    var gate = byId("gate").value.trim();
    var body = JSON.stringify(gate ? { code: code, gate: gate } : { code: code });
    post("/checkins", "application/json", body).then(function (answer) {
      if (answer && answer.ok) {
        admitted(answer.body || {});
      } else if (answer) {
        refused(answer.body, answer.status);
      }
    }).catch(function () {
      show("refused", text("offline"), text("offlineDetail"), "network");
    }).then(function () {
      lastCode = code;
      lastAnswerAt = Date.now();
      var answered = lastAnswerAt;
      window.setTimeout(function () {
        // the hold-off is over: the panel fades to say that the next ticket may come
        if (answered === lastAnswerAt) {
          byId("result").classList.add("bo-scan-result-stale");
        }
      }, holdOff());
      busy = false;
      if (token) {
        root.setAttribute("data-state", "scanning");
      }
      root.setAttribute("data-answers", String(Number(root.getAttribute("data-answers") || "0") + 1));
    });
  }

  function holdOff() {
    return Number(root.getAttribute("data-hold-off")) || 4000;
  }

  // ---------------------------------------------------------------- the camera

  function cameraStatus(message) {
    byId("cameraStatus").textContent = message;
  }

  function startCamera() {
    if (!stopped) {
      return;
    }
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      cameraStatus(text("noCamera"));
      root.setAttribute("data-camera", "none");
      return;
    }
    stopped = false;
    var thisRun = ++run;
    navigator.mediaDevices.getUserMedia({
      audio: false,
      video: { facingMode: { ideal: "environment" }, width: { ideal: 1280 }, height: { ideal: 720 } }
    }).then(function (stream) {
      if (stopped || thisRun !== run) {
        stream.getTracks().forEach(function (track) {
          track.stop();
        });
        return;
      }
      video.srcObject = stream;
      return video.play().catch(function () {
        // muted inline video plays without a gesture; if not, the picture starts with the first tap
      }).then(chooseDecoder).then(function (kind) {
        root.setAttribute("data-decoder", kind);
        root.setAttribute("data-camera", "on");
        cameraStatus(text("pointCamera"));
        tick(thisRun);
      });
    }).catch(function (error) {
      stopped = true;
      root.setAttribute("data-camera", "refused");
      cameraStatus(error && error.name === "NotAllowedError" ? text("cameraDenied") : text("noCamera"));
    });
  }

  function stopCamera() {
    stopped = true;
    if (video && video.srcObject) {
      video.srcObject.getTracks().forEach(function (track) {
        track.stop();
      });
      video.srcObject = null;
    }
  }

  /** "browser" when the browser reads the three formats itself, else "server". */
  function chooseDecoder() {
    if (!("BarcodeDetector" in window) || typeof window.BarcodeDetector.getSupportedFormats !== "function") {
      return Promise.resolve("server");
    }
    return window.BarcodeDetector.getSupportedFormats().then(function (supported) {
      var usable = FORMATS.filter(function (format) {
        return supported.indexOf(format) >= 0;
      });
      if (usable.indexOf("qr_code") < 0) {
        return "server";
      }
      detector = new window.BarcodeDetector({ formats: usable });
      return "browser";
    }, function () {
      return "server";
    });
  }

  /** One look at the camera's picture, then the next after a pause: one frame at a time, never two loops. */
  function tick(thisRun) {
    if (stopped || thisRun !== run) {
      return;
    }
    var next = detector ? BROWSER_INTERVAL : SERVER_INTERVAL;
    var again = function () {
      window.setTimeout(tick, next, thisRun);
    };
    if (busy || video.readyState < 2 || !video.videoWidth) {
      again();
      return;
    }
    var look = detector ? lookInBrowser() : lookOnServer();
    look.then(function (code) {
      if (code) {
        checkIn(code, false);
      }
    }, function () {
      // a frame that could not be read: the next one will do
    }).then(again);
  }

  function lookInBrowser() {
    return detector.detect(video).then(function (codes) {
      return codes.length ? codes[0].rawValue : null;
    });
  }

  function lookOnServer() {
    var scale = Math.min(1, FRAME_SIDE / Math.max(video.videoWidth, video.videoHeight));
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    canvas.getContext("2d").drawImage(video, 0, 0, canvas.width, canvas.height);
    return new Promise(function (resolve) {
      canvas.toBlob(resolve, "image/jpeg", 0.85);
    }).then(function (frame) {
      if (!frame || !token) {
        return null;
      }
      return post("/barcodes/decode", "image/jpeg", frame).then(function (answer) {
        return answer && answer.ok && answer.body ? answer.body.text : null;
      });
    });
  }

  // ---------------------------------------------------------------- the page

  function setUp() {
    root = byId("scanner");
    if (!root) {
      return;
    }
    video = byId("camera");
    canvas = document.createElement("canvas");

    var gate = byId("gate");
    gate.value = recall("localStorage", GATE_KEY) || "";
    gate.addEventListener("change", function () {
      remember("localStorage", GATE_KEY, gate.value.trim());
    });

    byId("tokenForm").addEventListener("submit", function (event) {
      event.preventDefault();
      var pasted = byId("token").value.trim();
      // a whole scanner link pasted: its token is what follows #token=
      var inLink = /#token=([^&\s]+)/.exec(pasted);
      byId("token").value = "";
      useToken(inLink ? decodeURIComponent(inLink[1]) : pasted);
    });
    byId("codeForm").addEventListener("submit", function (event) {
      event.preventDefault();
      var code = byId("code");
      checkIn(code.value.replace(/\s+/g, ""), true);
      code.value = "";
    });
    byId("forgetToken").addEventListener("click", function () {
      byId("result").hidden = true;
      useToken(null);
    });

    useToken(tokenOfPage());
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
}());
