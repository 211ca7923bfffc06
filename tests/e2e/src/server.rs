//! A static file server for a release build, on a free local port, for one test.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread;

use tiny_http::{Header, Response, Server};

/// Serves the files of one directory until dropped.
pub struct StaticServer {
    server: Arc<Server>,
    port: u16,
}

impl StaticServer {
    /// Starts serving `root` on 127.0.0.1 at a free port.
    pub fn start(root: &Path) -> Self {
        assert!(
            root.join("index.html").exists(),
            "{} has no index.html: build it with `cargo xtask dist`",
            root.display()
        );
        let server = Arc::new(Server::http("127.0.0.1:0").expect("a free local port"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let root = root.to_path_buf();
        let serving = Arc::clone(&server);
        thread::spawn(move || {
            for request in serving.incoming_requests() {
                let path = request.url().split(['?', '#']).next().unwrap_or("/").to_owned();
                let _ = match resolve(&root, &path)
                    .and_then(|file| fs::read(&file).ok().map(|body| (file, body)))
                {
                    Some((file, body)) => {
                        request.respond(Response::from_data(body).with_header(content_type(&file)))
                    }
                    None => request.respond(Response::from_string("not found").with_status_code(404)),
                };
            }
        });
        Self { server, port }
    }

    /// The address of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.server.unblock();
    }
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

fn content_type(file: &Path) -> Header {
    let kind = match file.extension().and_then(|ext| ext.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("webmanifest") => "application/manifest+json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    };
    Header::from_bytes("Content-Type", kind).expect("a valid header")
}
