//! Just enough of the W3C WebDriver protocol to drive headless Chromium
//! through chromedriver: sessions, navigation, scripts, clicks, keys,
//! screenshots and the browser console log.

use serde_json::{json, Value};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
pub const ARROW_RIGHT: &str = "\u{E014}";
pub const ARROW_LEFT: &str = "\u{E012}";
pub const ENTER: &str = "\u{E007}";

pub struct Browser {
    driver: Child,
    url: String,
    agent: ureq::Agent,
    profile: std::path::PathBuf,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn find_binary(env: &str, candidates: &[&str]) -> String {
    if let Ok(p) = std::env::var(env) {
        return p;
    }
    candidates
        .iter()
        .find(|c| Path::new(c).exists())
        .map(|c| c.to_string())
        .unwrap_or_else(|| panic!("{} not found: install it (scripts/tools.sh) or set {env}", candidates[0]))
}

impl Browser {
    /// A fresh headless Chromium with an empty profile and the given window size.
    pub fn start(width: u32, height: u32) -> Browser {
        let chromedriver = find_binary("CHROMEDRIVER", &["/usr/bin/chromedriver"]);
        let chromium = find_binary("CHROMIUM", &["/usr/bin/chromium", "/usr/bin/chromium-browser"]);
        let port = free_port();
        let mut command = Command::new(&chromedriver);
        command.arg(format!("--port={port}"));
        // DATELINES_DRIVER_LOG=DIR keeps chromedriver's verbose log of each
        // session there, with the page's network events: how the demo
        // page's stall was found.
        let log_dir = std::env::var_os("DATELINES_DRIVER_LOG");
        if let Some(dir) = &log_dir {
            command.arg("--verbose").arg(format!("--log-path={}/chromedriver-{port}.log", std::path::Path::new(&dir).display()));
        }
        let driver = command
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {chromedriver}: {e}"));
        let url = format!("http://127.0.0.1:{port}");
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(90)).build();
        let deadline = Instant::now() + Duration::from_secs(20);
        while agent.get(&format!("{url}/status")).call().is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start on port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        let profile = super::artifacts_dir().join(format!("profile-{port}"));
        let args = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--hide-scrollbars",
        ];
        let mut args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        args.push(format!("--user-data-dir={}", profile.display()));
        args.push(format!("--window-size={width},{height}"));
        let mut chrome = json!({"binary": chromium, "args": args});
        if width < 500 {
            // Headless windows are never narrower than 500 px: emulate a phone's viewport.
            chrome["mobileEmulation"] = json!({"deviceMetrics": {"width": width, "height": height, "pixelRatio": 1, "touch": true}});
        }
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": chrome,
            "goog:loggingPrefs": if log_dir.is_some() { json!({"browser": "ALL", "performance": "ALL"}) } else { json!({"browser": "ALL"}) },
            "timeouts": {"pageLoad": 30000, "script": 30000, "implicit": 0},
        }}});
        let mut b = Browser { driver, url, agent, profile };
        let session = b.raw("POST", "/session", Some(caps));
        let id = session["sessionId"].as_str().expect("a session id").to_string();
        b.url = format!("{}/session/{id}", b.url);
        b
    }

    fn raw(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("{}{path}", self.url);
        let req = self.agent.request(method, &url);
        let res = match body {
            Some(b) => req.send_json(b),
            None => req.call(),
        };
        let value: Value = match res {
            Ok(r) => r.into_json().expect("WebDriver answers JSON"),
            Err(ureq::Error::Status(code, r)) => {
                let v: Value = r.into_json().unwrap_or(Value::Null);
                panic!("WebDriver {method} {path} failed ({code}): {}", v["value"]["message"])
            }
            Err(e) => panic!("WebDriver {method} {path}: {e}"),
        };
        value.get("value").cloned().unwrap_or(value)
    }

    pub fn goto(&self, url: &str) {
        self.raw("POST", "/url", Some(json!({ "url": url })));
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its result.
    pub fn eval(&self, script: &str, args: Vec<Value>) -> Value {
        self.raw("POST", "/execute/sync", Some(json!({ "script": script, "args": args })))
    }

    /// Runs an asynchronous `script`: it calls `arguments[arguments.length - 1]` with its result.
    pub fn eval_async(&self, script: &str, args: Vec<Value>) -> Value {
        self.raw("POST", "/execute/async", Some(json!({ "script": script, "args": args })))
    }

    /// Runs axe-core (node_modules/, which scripts/web-deps.sh installs) on the page; returns the violations.
    pub fn axe(&self) -> Vec<Value> {
        self.run_axe(Value::Null)
    }

    /// Runs only the axe-core rules with these tags (e.g. "wcag2aa"); returns the violations.
    pub fn axe_tags(&self, tags: &[&str]) -> Vec<Value> {
        self.run_axe(json!({"runOnly": {"type": "tag", "values": tags}}))
    }

    /// axe-core with `options` (null: every rule).
    fn run_axe(&self, options: Value) -> Vec<Value> {
        let path = super::project_dir().join("node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (scripts/web-deps.sh installs it)", path.display()));
        // WebDriver's scripts run outside the page's CSP, so the strict policy holds for the app.
        self.eval(&format!("{source}\nreturn typeof axe;"), vec![]);
        let result = self.eval_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, arguments[0] || {}).then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ' :: ' + n.failureSummary)})))).catch(e => done({error: String(e)}));",
            vec![options],
        );
        result.as_array().cloned().unwrap_or_else(|| panic!("axe failed: {result}"))
    }

    /// The `data-event-id` of the selected marker.
    pub fn selected_event(&self) -> Option<String> {
        self.eval("const e = document.querySelector('[role=tab][data-event-id][aria-selected=\"true\"]'); return e && e.dataset.eventId", vec![])
            .as_str()
            .map(str::to_string)
    }

    /// The `data-event-id` of every marker in the DOM, in order.
    pub fn marker_ids(&self) -> Vec<String> {
        let v = self.eval("return [...document.querySelectorAll('[role=tab][data-event-id]')].map(e => e.dataset.eventId)", vec![]);
        v.as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect()
    }

    /// Polls `script` until it returns true, or fails after `secs` seconds.
    pub fn wait_for(&self, what: &str, script: &str, secs: u64) {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            if self.eval(script, vec![]) == Value::Bool(true) {
                return;
            }
            if Instant::now() > deadline {
                let body = self.eval("return (window.__waiting ? 'waiting for ' + window.__waiting + ' | ' : '') + (document.body ? document.body.innerText.slice(0, 300) : '')", vec![]);
                panic!("timed out waiting for {what}; page text: {body}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn find(&self, css: &str) -> Value {
        let v = self.raw("POST", "/element", Some(json!({ "using": "css selector", "value": css })));
        v.get(ELEMENT_KEY).cloned().unwrap_or_else(|| panic!("no element {css}: {v}"))
    }

    /// The text content of the first element matching `css`, or "" when there is none.
    pub fn text_content(&self, css: &str) -> String {
        let v = self.eval("const e = document.querySelector(arguments[0]); return e ? e.textContent : null", vec![json!(css)]);
        v.as_str().unwrap_or_default().to_string()
    }

    /// An element reference to pass as a script argument.
    pub fn element_arg(id: &Value) -> Value {
        json!({ ELEMENT_KEY: id })
    }

    pub fn click(&self, css: &str) {
        let id = self.find(css);
        self.raw("POST", &format!("/element/{}/click", id.as_str().unwrap()), Some(json!({})));
    }

    /// Sends keys to the element matching `css` (which takes focus).
    pub fn send_keys(&self, css: &str, keys: &str) {
        let id = self.find(css);
        self.raw("POST", &format!("/element/{}/value", id.as_str().unwrap()), Some(json!({ "text": keys })));
    }

    /// A Chrome DevTools Protocol command, e.g. device emulation.
    pub fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.raw("POST", "/goog/cdp/execute", Some(json!({ "cmd": cmd, "params": params })))
    }

    pub fn screenshot(&self, path: &Path) {
        let b64 = self.raw("GET", "/screenshot", None);
        let bytes = decode_base64(b64.as_str().expect("base64 text"));
        std::fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    }

    /// Console messages at level SEVERE (errors, CSP violations, failed loads).
    pub fn severe_logs(&self) -> Vec<String> {
        self.logs_at(&["SEVERE"])
    }

    /// Console messages at any of `levels` ("SEVERE", "WARNING", "INFO", …)
    /// since the last call.
    pub fn logs_at(&self, levels: &[&str]) -> Vec<String> {
        let entries = self.raw("POST", "/se/log", Some(json!({ "type": "browser" })));
        entries
            .as_array()
            .map(|a| {
                a.iter()
                    .filter(|e| levels.iter().any(|l| e["level"] == *l))
                    .map(|e| e["message"].as_str().unwrap_or_default().to_string())
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.agent.delete(&self.url).call();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn decode_base64(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for c in text.bytes().filter(|c| !c.is_ascii_whitespace() && *c != b'=') {
        let v = ALPHABET.iter().position(|&a| a == c).expect("base64 digit") as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}
