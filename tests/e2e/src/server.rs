//! A static file server for a release build, on a local port, for one test: plain
//! `std::net`, a thread per connection, one request per connection (`Connection: close`)
//! with an exact `Content-Length`, and the MIME types browsers insist on (`application/wasm`
//! for streaming compilation, `text/javascript` for modules).

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// Serves the files of one directory until dropped (or [`StaticServer::stop`]ped).
pub struct StaticServer {
    port: u16,
    stopped: Arc<AtomicBool>,
    requests: Arc<AtomicUsize>,
    served: Arc<Mutex<Vec<String>>>,
}

impl StaticServer {
    /// Starts serving `root` on 127.0.0.1 at a free port.
    pub fn start(root: &Path) -> Self {
        Self::serve(root, false)
    }

    /// Starts serving `root` as a host of the embed for pages of other origins must: with
    /// `Access-Control-Allow-Origin: *` on every answer.
    pub fn start_for_any_origin(root: &Path) -> Self {
        Self::serve(root, true)
    }

    fn serve(root: &Path, any_origin: bool) -> Self {
        assert!(
            root.join("index.html").exists(),
            "{} has no index.html: build it with `cargo xtask dist`",
            root.display()
        );
        let listener = TcpListener::bind("127.0.0.1:0").expect("a free local port");
        let port = listener.local_addr().expect("a local address").port();
        let stopped = Arc::new(AtomicBool::new(false));
        let requests = Arc::new(AtomicUsize::new(0));
        let served = Arc::new(Mutex::new(Vec::new()));
        let root = root.to_path_buf();
        let (stopping, counting, logging) =
            (Arc::clone(&stopped), Arc::clone(&requests), Arc::clone(&served));
        thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let root = root.clone();
                let (counting, logging) = (Arc::clone(&counting), Arc::clone(&logging));
                thread::spawn(move || {
                    counting.fetch_add(1, Ordering::SeqCst);
                    if let Ok(Some(path)) = respond(&root, stream, any_origin) {
                        logging
                            .lock()
                            .unwrap_or_else(|poisoned| poisoned.into_inner())
                            .push(path);
                    }
                });
            }
        });
        Self {
            port,
            stopped,
            requests,
            served,
        }
    }

    /// The address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// How many requests it has answered (or begun to).
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// The path (from the root, without a query) of every file it has sent, in order, once
    /// per request.
    pub fn served(&self) -> Vec<String> {
        self.served
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Stops listening: from now on, connecting to its port fails as a network that is down.
    pub fn stop(&self) {
        if !self.stopped.swap(true, Ordering::SeqCst) {
            // Wakes the accepting thread, which sees the flag and closes the listener.
            let _ = TcpStream::connect(("127.0.0.1", self.port));
            thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Reads one request from `stream` and answers it; returns the path of the file sent, if any.
fn respond(root: &Path, mut stream: TcpStream, any_origin: bool) -> std::io::Result<Option<String>> {
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // The headers are read and ignored: every answer is the whole file.
    let mut header = String::new();
    while reader.read_line(&mut header)? > 2 {
        header.clear();
    }
    let mut words = request_line.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or("/"));
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let found = resolve(root, path).and_then(|file| fs::read(&file).ok().map(|body| (file, body)));
    let sent = found.is_some().then(|| path.to_owned());
    let (status, kind, body) = match found {
        Some((file, body)) => ("200 OK", content_type(&file), body),
        None => (
            "404 Not Found",
            "text/plain; charset=utf-8",
            b"not found".to_vec(),
        ),
    };
    let cors = if any_origin {
        "Access-Control-Allow-Origin: *\r\n"
    } else {
        ""
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n{cors}Cache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()?;
    stream.shutdown(Shutdown::Both)?;
    Ok(sent)
}

/// The file a URL path names under `root`, refusing to leave it.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let relative = path.trim_start_matches('/');
    if relative.split('/').any(|part| part == "..") {
        return None;
    }
    let file = root.join(relative);
    let file = if file.is_dir() {
        file.join("index.html")
    } else {
        file
    };
    file.is_file().then_some(file)
}

fn content_type(file: &Path) -> &'static str {
    match file.extension().and_then(|ext| ext.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
