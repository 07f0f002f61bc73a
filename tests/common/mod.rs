//! Helpers shared by the integration tests: run the real binary with a temporary data directory.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

/// The binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_awsdrill");

/// Runs awsdrill in the crate root with `args`, isolated from the user's files.
pub fn run(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("AWSDRILL_DATA_DIR", data_dir)
        .env_remove("AWSDRILL_CONFIG")
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("run awsdrill")
}

/// Makes the store in `data_dir` as the app's first start does (commands that only read, such as
/// `due` and `stats`, create nothing without one).
pub fn new_store(data_dir: &Path) {
    std::fs::create_dir_all(data_dir).unwrap();
    awsdrill::store::Store::open(&data_dir.join("awsdrill.sqlite3")).expect("a new store");
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A tmux server of its own, running awsdrill in one pane, for driving the real terminal app.
pub struct Tmux {
    socket: String,
    status_file: std::path::PathBuf,
}

impl Tmux {
    /// Whether tmux can be used. On CI a missing tmux is a failure, not a skip. Elsewhere the
    /// test is skipped loudly: the line goes straight to the terminal (past the test harness's
    /// capture), so a run without tmux cannot pass silently.
    pub fn available() -> bool {
        let ok = Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok && std::env::var_os("CI").is_some() {
            panic!("tmux is required on CI (.ci/run installs it)");
        }
        if !ok {
            use std::io::Write;
            let name = std::thread::current()
                .name()
                .unwrap_or("a terminal test")
                .to_string();
            let _ = writeln!(
                std::io::stderr().lock(),
                "SKIPPED {name}: tmux is not installed (apt-get install tmux); this test did not run"
            );
        }
        ok
    }

    /// Starts `awsdrill ARGS` in a new WIDTHxHEIGHT session; the pane stays after the app exits so
    /// that its exit status can be read.
    pub fn start(name: &str, data_dir: &Path, args: &[&str], width: u16, height: u16) -> Tmux {
        let socket = format!("awsdrill-test-{}-{name}", std::process::id());
        let status_file = std::env::temp_dir().join(format!("{socket}.status"));
        let _ = std::fs::remove_file(&status_file);
        // tmux 3.3 does not always report a dead pane's exit status, so the shell writes it down.
        let cmd = format!(
            "env AWSDRILL_DATA_DIR='{}' {} {}; echo $? > '{}'",
            data_dir.display(),
            BIN,
            args.join(" "),
            status_file.display()
        );
        let t = Tmux {
            socket,
            status_file,
        };
        t.tmux(&[
            "new-session",
            "-d",
            "-s",
            "main",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            "sh",
            "-c",
            &cmd,
        ]);
        t.tmux(&["set-option", "-t", "main", "remain-on-exit", "on"]);
        t
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("run tmux");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Types keys (tmux key names such as `q`, `Enter`, `Down`).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "main"];
        args.extend_from_slice(keys);
        self.tmux(&args);
    }

    /// The visible screen.
    pub fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p", "-t", "main"])
    }

    /// Waits until the screen contains `text` (up to 10 s) and returns the screen. The screen
    /// is returned once two captures 30 ms apart agree, so that a frame still being written (the
    /// text seen, the rest of the frame not yet) is not taken for the whole frame.
    pub fn wait_for(&self, text: &str) -> String {
        let mut last = String::new();
        for _ in 0..200 {
            last = self.screen();
            if last.contains(text) {
                std::thread::sleep(std::time::Duration::from_millis(30));
                let again = self.screen();
                if again == last {
                    return last;
                }
                continue;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("timed out waiting for {text:?}; the screen shows:\n{last}");
    }

    /// Waits until the screen no longer contains `text` (up to 10 s): a key has been handled
    /// when what it closes is gone.
    pub fn wait_gone(&self, text: &str) -> String {
        let mut last = String::new();
        for _ in 0..200 {
            last = self.screen();
            if !last.contains(text) {
                return last;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("timed out waiting for {text:?} to go; the screen shows:\n{last}");
    }

    /// Waits until the app has exited and returns its exit status.
    pub fn wait_exit(&self) -> i32 {
        for _ in 0..200 {
            let text = std::fs::read_to_string(&self.status_file).unwrap_or_default();
            if let Ok(status) = text.trim().parse() {
                return status;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!(
            "awsdrill did not exit; the screen shows:\n{}",
            self.screen()
        );
    }

    /// Kills the app with SIGKILL (no chance to clean up) and waits until it is gone.
    pub fn kill_app(&self) {
        let pid = self.tmux(&["display-message", "-p", "-t", "main", "#{pane_pid}"]);
        let pid = pid.trim();
        let children =
            std::fs::read_to_string(format!("/proc/{pid}/task/{pid}/children")).unwrap_or_default();
        let app = children
            .split_whitespace()
            .next()
            .expect("awsdrill runs under the pane's shell");
        let status = Command::new("sh")
            .args(["-c", &format!("kill -9 {app}")])
            .status()
            .expect("run kill");
        assert!(status.success());
        assert_eq!(self.wait_exit(), 137, "killed by SIGKILL");
    }

    /// Resizes the window.
    pub fn resize(&self, width: u16, height: u16) {
        self.tmux(&[
            "resize-window",
            "-t",
            "main",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
        ]);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-L", &self.socket, "kill-server"])
            .output();
        let _ = std::fs::remove_file(&self.status_file);
    }
}
