//! A snapshot of every card state, kept in the cache folder and read instead of the `card_state`
//! table while the states have not changed.
//!
//! Reading 35,000 states row by row takes most of a start on a large collection; the snapshot is
//! one file read and decoded in a fraction of that. It is written with the states' generation
//! (schema version 8: a random number that triggers change with every insert, update or delete of
//! a card state), read in the same transaction as the states, and used only while the store has
//! that generation still: equal generations mean the same states, whatever wrote the store (the
//! app, import, restore of a backup, a tool). A snapshot that does not check out (wrong magic, CRC,
//! generation or values) is ignored and written anew; writing is best effort and atomic, as in the
//! pack cache.

use super::cards::StateRows;
use super::{Result, Store};
use crate::core::scheduler::packed::{Fields, PackedState};
use crate::core::scheduler::{Memory, Phase};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// The first bytes of a snapshot (the last digits are the layout version).
const MAGIC: &[u8; 8] = b"AWDSS001";

/// MAGIC, the generation (i64), the body's length and its CRC-32 (u32 each), all little-endian.
const HEADER_LEN: usize = 24;

/// Bytes per state in the body, after the ids.
const ROW_LEN: usize = 54;

impl Store {
    /// Keeps a snapshot of the card states in `dir` (the cache folder): `card_states` reads it
    /// when it is current and writes it when it is not.
    pub fn keep_state_snapshot(&mut self, dir: &Path) {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.path.hash(&mut h);
        self.snapshot = Some(dir.join("states").join(format!("{:016x}.bin", h.finish())));
    }

    /// Every stored card state with its item id: from the snapshot when it is current, else from
    /// the table (and then the snapshot is written).
    pub fn card_states(&self) -> Result<StateRows> {
        let Some(file) = &self.snapshot else {
            return self.read_card_states();
        };
        // One read transaction: the states read agree with the generation read.
        let tx = self.conn.unchecked_transaction()?;
        let generation = self.state_generation()?;
        if let Some(rows) = read(file, generation) {
            return Ok(rows);
        }
        let rows = self.read_card_states()?;
        drop(tx);
        write(file, generation, &rows);
        Ok(rows)
    }

    /// Writes the snapshot anew when the states changed since it was written (the app, as it
    /// closes, so that the next start and `due` read it). Failures are ignored.
    pub fn refresh_state_snapshot(&self) {
        let Some(file) = &self.snapshot else { return };
        let Ok(generation) = self.state_generation() else {
            return;
        };
        if written_at(file) != Some(generation) {
            let _ = self.card_states();
        }
    }

    fn state_generation(&self) -> Result<i64> {
        Ok(self
            .conn
            .prepare_cached(include_str!("queries/card_state_generation.sql"))?
            .query_row([], |r| r.get(0))?)
    }
}

/// The generation a snapshot file was written at, from its header.
fn written_at(file: &Path) -> Option<i64> {
    use std::io::Read;
    let mut header = [0u8; HEADER_LEN];
    std::fs::File::open(file)
        .ok()?
        .read_exact(&mut header)
        .ok()?;
    (&header[..8] == MAGIC)
        .then(|| i64::from_le_bytes(header[8..16].try_into().unwrap_or_default()))
}

fn encode(generation: i64, rows: &StateRows) -> Vec<u8> {
    let (ids, list) = rows.parts();
    let mut body = Vec::with_capacity(8 + ids.len() + list.len() * ROW_LEN);
    body.extend_from_slice(&(list.len() as u32).to_le_bytes());
    body.extend_from_slice(&(ids.len() as u32).to_le_bytes());
    body.extend_from_slice(ids.as_bytes());
    for (a, b, s) in list {
        let s = s.get();
        body.extend_from_slice(&a.to_le_bytes());
        body.extend_from_slice(&b.to_le_bytes());
        body.push(s.phase.code() as u8);
        let flags = u8::from(s.memory.is_some())
            | u8::from(s.last_review.is_some()) << 1
            | u8::from(s.buried_until.is_some()) << 2
            | u8::from(s.suspended) << 3
            | u8::from(s.leech) << 4;
        body.push(flags);
        let m = s.memory.unwrap_or(Memory {
            stability: 0.0,
            difficulty: 0.0,
        });
        body.extend_from_slice(&m.stability.to_le_bytes());
        body.extend_from_slice(&m.difficulty.to_le_bytes());
        body.extend_from_slice(&s.due.to_le_bytes());
        body.extend_from_slice(&s.last_review.unwrap_or(0).to_le_bytes());
        body.extend_from_slice(&s.step.to_le_bytes());
        body.extend_from_slice(&s.reps.to_le_bytes());
        body.extend_from_slice(&s.lapses.to_le_bytes());
        body.extend_from_slice(&s.buried_until.unwrap_or(0).to_le_bytes());
    }
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&generation.to_le_bytes());
    out.extend_from_slice(&(body.len() as u32).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

/// Little-endian numbers read from the front of a byte slice.
struct Bytes<'a>(&'a [u8]);

impl<'a> Bytes<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }
    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.take(4)?.try_into().ok()?))
    }
    fn i64(&mut self) -> Option<i64> {
        Some(i64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
}

/// The states of a snapshot written at `generation`; `None` when there is none, or it is of
/// another generation, or anything in it does not check out.
fn read(file: &Path, generation: i64) -> Option<StateRows> {
    let bytes = std::fs::read(file).ok()?;
    decode(&bytes, generation)
}

fn decode(bytes: &[u8], generation: i64) -> Option<StateRows> {
    let mut b = Bytes(bytes);
    if b.take(8)? != MAGIC || b.i64()? != generation {
        return None;
    }
    let len = b.u32()? as usize;
    let crc = b.u32()?;
    if b.0.len() != len || crc32fast::hash(b.0) != crc {
        return None;
    }
    let count = b.u32()? as usize;
    let ids_len = b.u32()? as usize;
    let ids = std::str::from_utf8(b.take(ids_len)?).ok()?;
    if b.0.len() != count.checked_mul(ROW_LEN)? {
        return None;
    }
    let mut rows = StateRows::with_capacity(ids, count);
    // Each row read at fixed places in its 54 bytes (no length checked field by field).
    for row in b.0.chunks_exact(ROW_LEN) {
        let row: &[u8; ROW_LEN] = row.try_into().ok()?;
        let u32_at = |i: usize| u32::from_le_bytes([row[i], row[i + 1], row[i + 2], row[i + 3]]);
        let i64_at = |i: usize| {
            let mut v = [0u8; 8];
            v.copy_from_slice(&row[i..i + 8]);
            i64::from_le_bytes(v)
        };
        let (start, end) = (u32_at(0), u32_at(4));
        // The id must be a whole slice of the ids (they are read back by these positions).
        ids.get(start as usize..end as usize)?;
        // The snapshot's flags are the packed row's.
        let state = PackedState::from_fields(Fields {
            phase: Phase::from_code(i64::from(row[8]))?,
            flags: row[9],
            stability: f32::from_bits(u32_at(10)),
            difficulty: f32::from_bits(u32_at(14)),
            due: i64_at(18),
            last_review: i64_at(26),
            step: u32_at(34),
            reps: u32_at(38),
            lapses: u32_at(42),
            buried_until: i64_at(46),
        });
        rows.push_at(start, end, state);
    }
    Some(rows)
}

/// Writes the snapshot under a temporary name and renames it into place; failures are ignored
/// (the snapshot only saves time).
fn write(file: &Path, generation: i64, rows: &StateRows) {
    let Some(dir) = file.parent() else { return };
    let _ = std::fs::create_dir_all(dir);
    let tmp: PathBuf = file.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, encode(generation, rows)).is_ok() {
        if std::fs::rename(&tmp, file).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    } else {
        let _ = std::fs::remove_file(&tmp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scheduler::{CardState, Rating, ReviewLog};

    fn states(s: &Store) -> Vec<(String, CardState)> {
        let mut v: Vec<_> = s
            .card_states()
            .unwrap()
            .states()
            .map(|(id, st)| (id.to_string(), st))
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    }

    fn answer(s: &mut Store, id: &str, at: i64) -> crate::store::UndoEntry {
        let mut st = CardState::new_card();
        st.phase = Phase::Review;
        st.memory = Some(Memory {
            stability: 3.5,
            difficulty: 6.25,
        });
        st.due = at + 86_400_000;
        st.last_review = Some(at);
        st.reps = 4;
        st.lapses = 1;
        st.buried_until = Some(at + 5);
        st.leech = true;
        let log = ReviewLog {
            rating: Rating::Good,
            phase_before: Phase::Review,
            elapsed_days: 1,
            memory: st.memory.unwrap(),
            interval_days: 1.0,
        };
        s.record_answer(id, &st, &log, at, 1_000).unwrap()
    }

    #[test]
    fn states_round_trip_through_a_snapshot_exactly() {
        let mut rows = StateRows::default();
        let mut st = CardState::new_card();
        rows.push("p/new", st.clone());
        st.phase = Phase::Relearning;
        st.memory = Some(Memory {
            stability: 0.25,
            difficulty: 9.5,
        });
        st.due = -5;
        st.last_review = Some(i64::MAX);
        st.step = 2;
        st.reps = u32::MAX;
        st.lapses = 7;
        st.suspended = true;
        st.buried_until = Some(0);
        st.leech = true;
        rows.push("p/é", st);
        let bytes = encode(42, &rows);
        let back = decode(&bytes, 42).expect("decodes");
        let pairs = |r: &StateRows| -> Vec<(String, CardState)> {
            r.states().map(|(i, s)| (i.to_string(), s)).collect()
        };
        assert_eq!(pairs(&back), pairs(&rows));
        assert!(decode(&bytes, 43).is_none(), "another generation");
        // Any byte changed is caught (by the CRC, the header or the lengths).
        for at in [0, 9, 17, 21, HEADER_LEN + 3, bytes.len() - 1] {
            let mut bad = bytes.clone();
            bad[at] ^= 0x40;
            assert!(decode(&bad, 42).is_none(), "byte {at} changed");
        }
        assert!(decode(&bytes[..bytes.len() - 1], 42).is_none());
    }

    #[test]
    fn the_snapshot_is_read_while_current_and_every_change_makes_it_stale() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("s.sqlite3")).unwrap();
        s.keep_state_snapshot(&dir.path().join("cache"));
        answer(&mut s, "p/a", 1_000);
        let first = states(&s);
        let file = s.snapshot.clone().unwrap();
        assert!(file.exists(), "written at the first read");
        assert_eq!(states(&s), first, "read back the same");
        // A snapshot that is not current is never used: plant one with other states at the
        // current generation and it is read; change a state and the table is read again.
        let generation = s.state_generation().unwrap();
        let mut other = StateRows::default();
        other.push("p/planted", CardState::new_card());
        std::fs::write(&file, encode(generation, &other)).unwrap();
        assert_eq!(states(&s)[0].0, "p/planted", "a current snapshot is read");
        answer(&mut s, "p/b", 2_000);
        let ids: Vec<String> = states(&s).into_iter().map(|(i, _)| i).collect();
        assert_eq!(ids, ["p/a", "p/b"]);
        // Updates, deletes and writes by another program change the generation too.
        s.save_state("p/a", &CardState::new_card(), 3_000).unwrap();
        assert_eq!(states(&s)[0].1, CardState::new_card());
        s.conn()
            .execute("DELETE FROM revlog WHERE item_id = 'p/b'", [])
            .unwrap();
        s.conn()
            .execute("DELETE FROM card_state WHERE item_id = 'p/b'", [])
            .unwrap();
        assert_eq!(states(&s).len(), 1);
        let c = rusqlite::Connection::open(dir.path().join("s.sqlite3")).unwrap();
        c.execute("UPDATE card_state SET reps = 99", []).unwrap();
        assert_eq!(states(&s)[0].1.reps, 99);
        // A damaged snapshot is ignored and written anew.
        std::fs::write(&file, b"AWDSS001 not a snapshot").unwrap();
        assert_eq!(states(&s)[0].1.reps, 99);
        assert!(written_at(&file).is_some());
    }

    #[test]
    fn an_undo_makes_the_snapshot_stale() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("s.sqlite3")).unwrap();
        s.keep_state_snapshot(&dir.path().join("cache"));
        answer(&mut s, "p/a", 1_000);
        let first = states(&s);
        // The second answer is read through the snapshot, then undone: the first state is back.
        let entry = answer(&mut s, "p/a", 2_000);
        assert_eq!(states(&s)[0].1.last_review, Some(2_000));
        s.undo(&entry, 3_000).unwrap();
        assert_eq!(states(&s), first);
        // The undo of a new card's first answer removes its row.
        let entry = answer(&mut s, "p/b", 4_000);
        assert_eq!(states(&s).len(), 2);
        s.undo(&entry, 5_000).unwrap();
        assert_eq!(states(&s), first);
    }

    #[test]
    fn the_app_refreshes_a_stale_snapshot_as_it_closes() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("s.sqlite3")).unwrap();
        s.keep_state_snapshot(&dir.path().join("cache"));
        let _ = s.card_states().unwrap();
        let file = s.snapshot.clone().unwrap();
        let before = written_at(&file);
        answer(&mut s, "p/a", 1_000);
        s.refresh_state_snapshot();
        let after = written_at(&file);
        assert_ne!(before, after);
        assert_eq!(after, Some(s.state_generation().unwrap()));
    }
}
