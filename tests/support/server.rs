//! Serves `dist/` on 127.0.0.1 with the CSP the app must live under, plus
//! in-memory fixture files, and records any CSP violation report and how
//! often each path was asked for. The path
//! `/endless.json` answers with a body that has no length and never ends.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

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
    port: u16,
    stop: Arc<AtomicBool>,
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
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port is free");
        let port = listener.local_addr().expect("a local address").port();
        let csp_reports = Arc::new(Mutex::new(Vec::new()));
        let hits: Arc<Mutex<HashMap<String, usize>>> = Arc::default();
        let stop = Arc::new(AtomicBool::new(false));
        let (reports, counted, stopping) = (csp_reports.clone(), hits.clone(), stop.clone());
        let fixtures = Arc::new(fixtures);
        let root = Arc::new(root);
        // One thread per connection, one request per connection: nothing a
        // browser sends waits behind anything else. (tiny_http, used before,
        // now and then held a request for 30 s while the browser waited on
        // it: the demo page's second frame got its boot.js only after the
        // page-load timeout.)
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (fixtures, root, reports, counted) = (fixtures.clone(), root.clone(), reports.clone(), counted.clone());
                std::thread::spawn(move || {
                    if let Some(request) = read_request(&stream) {
                        *counted.lock().unwrap().entry(request.path.clone()).or_default() += 1;
                        respond(stream, request, &fixtures, &root, &reports, csp);
                    }
                });
            }
        });
        StaticServer { base: format!("http://127.0.0.1:{port}"), csp_reports, hits, port, stop, thread: Some(thread) }
    }

    /// How many requests asked for `path` so far.
    pub fn hits_of(&self, path: &str) -> usize {
        self.hits.lock().unwrap().get(path).copied().unwrap_or(0)
    }
}

struct Request {
    path: String,
    body: Vec<u8>,
}

/// The request line, the headers and a body of `Content-Length` bytes.
fn read_request(stream: &TcpStream) -> Option<Request> {
    stream.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let target = line.split_whitespace().nth(1)?.to_string();
    let mut length = 0;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 || header.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Request { path: target.split('?').next().unwrap_or("/").to_string(), body })
}

/// Writes a whole response and closes the connection (every response says
/// `Connection: close`).
fn send(mut stream: TcpStream, status: &str, headers: &[(&str, &str)], body: &[u8]) {
    let mut head = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n", body.len());
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes()).and_then(|_| stream.write_all(body)).and_then(|_| stream.flush());
}

fn respond(mut stream: TcpStream, request: Request, fixtures: &HashMap<String, String>, root: &std::path::Path, reports: &Mutex<Vec<String>>, csp: &str) {
    let path = request.path;
    if path == "/csp-report" {
        reports.lock().unwrap().push(String::from_utf8_lossy(&request.body).into_owned());
        return send(stream, "204 No Content", &[], b"");
    }
    // A body without a length that never ends: a client must stop reading by itself.
    if path == "/endless.json" {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n{\"events\": [";
        if stream.write_all(head.as_bytes()).is_err() {
            return;
        }
        let spaces = [b' '; 8192];
        while stream.write_all(&spaces).is_ok() {}
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
    match body {
        Some(bytes) => send(stream, "200 OK", &[("Content-Type", content_type(&path)), ("Content-Security-Policy", csp), ("Cache-Control", "no-store")], &bytes),
        None => send(stream, "404 Not Found", &[("Content-Type", "text/plain")], b"not found"),
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        // The accept loop sees the flag at its next connection: make one.
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
