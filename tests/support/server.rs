//! Serves `dist/` on 127.0.0.1 with the CSP the app must live under, plus
//! in-memory fixture files, and records any CSP violation report and how
//! often each path was asked for. The path
//! `/endless.json` answers with a body that has no length and never ends.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use tiny_http::{Header, Response, Server};

/// The policy the release build must run under (issue 5), plus a report address.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; report-uri /csp-report";

/// A policy that lets no script run: the page as a visitor with JavaScript
/// off gets it (WebDriver's own scripts still run, outside the page's policy).
pub const NO_SCRIPT_CSP: &str = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data: https:";

pub struct StaticServer {
    pub base: String,
    pub csp_reports: Arc<Mutex<Vec<String>>>,
    /// Requests by path (without the query).
    pub hits: Arc<Mutex<HashMap<String, usize>>>,
    server: Arc<Server>,
    thread: Option<std::thread::JoinHandle<()>>,
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

impl StaticServer {
    /// `fixtures` maps paths like "/fixtures/ok.json" to bodies.
    pub fn start(root: PathBuf, fixtures: HashMap<String, String>) -> StaticServer {
        StaticServer::start_with_policy(root, fixtures, CSP)
    }

    /// Like [`start`](StaticServer::start), under another Content-Security-Policy.
    pub fn start_with_policy(root: PathBuf, fixtures: HashMap<String, String>, csp: &'static str) -> StaticServer {
        let server = Arc::new(Server::http("127.0.0.1:0").expect("a loopback port is free"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let csp_reports = Arc::new(Mutex::new(Vec::new()));
        let hits: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let (srv, reports, counted) = (server.clone(), csp_reports.clone(), hits.clone());
        let fixtures = Arc::new(fixtures);
        let root = Arc::new(root);
        let thread = std::thread::spawn(move || {
            for request in srv.incoming_requests() {
                let path = request.url().split('?').next().unwrap_or("/").to_string();
                *counted.lock().unwrap().entry(path).or_default() += 1;
                // One thread per request: a browser that is slow to read one
                // large response must not hold up the others.
                let (fixtures, root, reports) = (fixtures.clone(), root.clone(), reports.clone());
                std::thread::spawn(move || respond(request, &fixtures, &root, &reports, csp));
            }
        });
        StaticServer { base: format!("http://127.0.0.1:{port}"), csp_reports, hits, server, thread: Some(thread) }
    }

    /// How many requests asked for `path` so far.
    pub fn hits_of(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }
}

fn respond(mut request: tiny_http::Request, fixtures: &HashMap<String, String>, root: &std::path::Path, reports: &Mutex<Vec<String>>, csp: &str) {
    let path = request.url().split('?').next().unwrap_or("/").to_string();
    if path == "/csp-report" {
        let mut body = String::new();
        let _ = request.as_reader().read_to_string(&mut body);
        reports.lock().unwrap().push(body);
        let _ = request.respond(Response::empty(204));
        return;
    }
    // A body without a length that never ends: a client must stop reading by itself.
    if path == "/endless.json" {
        use std::io::Read;
        let body = std::io::Cursor::new(b"{\"events\": [".to_vec()).chain(std::io::repeat(b' '));
        let headers = vec![Header::from_bytes("Content-Type", "application/json").unwrap(), Header::from_bytes("Connection", "close").unwrap()];
        let _ = request.respond(Response::new(200.into(), headers, body, None, None));
        return;
    }
    let body = fixtures.get(&path).map(|s| s.clone().into_bytes()).or_else(|| {
        let rel = path.trim_start_matches('/');
        let rel = if rel.is_empty() { "index.html" } else { rel };
        if rel.split('/').any(|p| p == "..") {
            return None;
        }
        std::fs::read(root.join(rel)).ok()
    });
    let response = match body {
        Some(bytes) => Response::from_data(bytes)
            .with_header(Header::from_bytes("Content-Type", content_type(&path)).unwrap())
            .with_header(Header::from_bytes("Content-Security-Policy", csp).unwrap())
            .with_header(Header::from_bytes("Cache-Control", "no-store").unwrap())
            // A fresh connection per request: no response waits behind another on a kept-alive one.
            .with_header(Header::from_bytes("Connection", "close").unwrap()),
        None => Response::from_string("not found").with_status_code(404).with_header(Header::from_bytes("Connection", "close").unwrap()),
    };
    let _ = request.respond(response);
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
