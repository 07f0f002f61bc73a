//! Helpers for the screen tests.

use super::app::App;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The app drawn on an 80x24 test terminal, as text (one line per row).
pub fn screen(app: &mut App) -> String {
    let mut t = Terminal::new(TestBackend::new(80, 24)).unwrap();
    t.draw(|f| app.render(f)).unwrap();
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}
