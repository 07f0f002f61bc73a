//! A card state kept in 40 bytes (`CardState` takes 72): what the app keeps beside each of its
//! cards and what the store reads into `StateRows`. A state is packed when it is kept and
//! unpacked (`PackedState::get`) where it is read; every value comes back exactly. Counters too
//! large for the row's 16 and 8 bits (never seen in practice: a step is a learning step's index, a
//! card answered 65,535 times is unheard of) keep the whole state in a box of its own.

use super::{CardState, Memory, Phase};

/// A `CardState` packed into 40 bytes (`Option<PackedState>` too).
/// No `PartialEq`: a value whose flag is off may be anything (compare `get()`s).
#[derive(Debug, Clone)]
pub struct PackedState(Packed);

#[derive(Debug, Clone)]
enum Packed {
    /// Every value in the row (the common case).
    Row(Row),
    /// A state whose counters do not fit the row.
    Wide(Box<CardState>),
}

/// The fields of a state, with the `Option`s' presence in `flags`.
#[derive(Debug, Clone)]
struct Row {
    due: i64,
    /// Meaningful when `flags` has `LAST_REVIEW`.
    last_review: i64,
    /// Meaningful when `flags` has `BURIED`.
    buried_until: i64,
    /// Meaningful when `flags` has `MEMORY`.
    stability: f32,
    difficulty: f32,
    reps: u16,
    lapses: u16,
    step: u8,
    flags: u8,
    /// Kept as its enum: its unused values let `Packed` and `Option` mark their variants without
    /// a byte of their own.
    phase: Phase,
}

const MEMORY: u8 = 1;
const LAST_REVIEW: u8 = 2;
const BURIED: u8 = 4;
const SUSPENDED: u8 = 8;
const LEECH: u8 = 16;

impl Row {
    /// `CardState::available` of the row: not suspended, and not buried past `now`.
    #[inline]
    fn available(&self, now: i64) -> bool {
        self.flags & SUSPENDED == 0 && (self.flags & BURIED == 0 || self.buried_until <= now)
    }
}

/// A state's fields as the packed row and the states' snapshot (`store::snapshot`) keep them:
/// the `Option`s' presence in `flags` (memory 1, last review 2, buried 4, suspended 8, leech
/// 16), and a value whose flag is off is not read.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    pub phase: Phase,
    pub flags: u8,
    pub stability: f32,
    pub difficulty: f32,
    pub due: i64,
    pub last_review: i64,
    pub step: u32,
    pub reps: u32,
    pub lapses: u32,
    pub buried_until: i64,
}

impl Fields {
    /// The state these fields describe.
    #[inline]
    fn state(self) -> CardState {
        let has = |b: u8| self.flags & b != 0;
        CardState {
            phase: self.phase,
            memory: has(MEMORY).then_some(Memory {
                stability: self.stability,
                difficulty: self.difficulty,
            }),
            due: self.due,
            last_review: has(LAST_REVIEW).then_some(self.last_review),
            step: self.step,
            reps: self.reps,
            lapses: self.lapses,
            suspended: has(SUSPENDED),
            buried_until: has(BURIED).then_some(self.buried_until),
            leech: has(LEECH),
        }
    }
}

impl PackedState {
    /// `s`, packed.
    pub fn new(s: &CardState) -> PackedState {
        let bit = |on: bool, b: u8| if on { b } else { 0 };
        let m = s.memory.unwrap_or(Memory {
            stability: 0.0,
            difficulty: 0.0,
        });
        PackedState::from_fields(Fields {
            phase: s.phase,
            flags: bit(s.memory.is_some(), MEMORY)
                | bit(s.last_review.is_some(), LAST_REVIEW)
                | bit(s.buried_until.is_some(), BURIED)
                | bit(s.suspended, SUSPENDED)
                | bit(s.leech, LEECH),
            stability: m.stability,
            difficulty: m.difficulty,
            due: s.due,
            last_review: s.last_review.unwrap_or(0),
            step: s.step,
            reps: s.reps,
            lapses: s.lapses,
            buried_until: s.buried_until.unwrap_or(0),
        })
    }

    /// A state packed from its fields without a `CardState` in between (the app and `due` read
    /// 50,000 of them from the snapshot at start).
    #[inline(always)]
    pub fn from_fields(f: Fields) -> PackedState {
        let flags = f.flags & (MEMORY | LAST_REVIEW | BURIED | SUSPENDED | LEECH);
        if let (Ok(reps), Ok(lapses), Ok(step)) = (
            u16::try_from(f.reps),
            u16::try_from(f.lapses),
            u8::try_from(f.step),
        ) {
            return PackedState(Packed::Row(Row {
                due: f.due,
                last_review: f.last_review,
                buried_until: f.buried_until,
                stability: f.stability,
                difficulty: f.difficulty,
                reps,
                lapses,
                step,
                flags,
                phase: f.phase,
            }));
        }
        Self::wide(Fields { flags, ..f })
    }

    /// `from_fields` for a state whose counters do not fit the row.
    #[cold]
    #[inline(never)]
    fn wide(f: Fields) -> PackedState {
        PackedState(Packed::Wide(Box::new(f.state())))
    }

    /// When it is due (`CardState::due`).
    pub fn due(&self) -> i64 {
        match &self.0 {
            Packed::Row(r) => r.due,
            Packed::Wide(s) => s.due,
        }
    }

    /// The state.
    #[inline]
    pub fn get(&self) -> CardState {
        match &self.0 {
            Packed::Row(r) => Fields {
                phase: r.phase,
                flags: r.flags,
                stability: r.stability,
                difficulty: r.difficulty,
                due: r.due,
                last_review: r.last_review,
                step: u32::from(r.step),
                reps: u32::from(r.reps),
                lapses: u32::from(r.lapses),
                buried_until: r.buried_until,
            }
            .state(),
            Packed::Wide(s) => (**s).clone(),
        }
    }
}

/// What the queue and the counts read of a state, from a `CardState` or straight from a packed
/// row (no whole state is unpacked for them: `due` and the first frame read 50,000).
pub trait StateRead {
    /// `CardState::phase`.
    fn phase(&self) -> Phase;
    /// `CardState::due`.
    fn due(&self) -> i64;
    /// `CardState::suspended`.
    fn suspended(&self) -> bool;
    /// `CardState::leech`.
    fn leech(&self) -> bool;
    /// `CardState::available`.
    fn available(&self, now: i64) -> bool;
    /// Whether available at `now`, the phase and when due (what `queue::today` reads), at once.
    fn today_fields(&self, now: i64) -> (bool, Phase, i64) {
        (self.available(now), self.phase(), self.due())
    }
    /// The phase, whether suspended and whether a leech (what the counts by state read), at once.
    fn counted(&self) -> (Phase, bool, bool) {
        (self.phase(), self.suspended(), self.leech())
    }
}

impl StateRead for CardState {
    fn phase(&self) -> Phase {
        self.phase
    }
    fn due(&self) -> i64 {
        self.due
    }
    fn suspended(&self) -> bool {
        self.suspended
    }
    fn leech(&self) -> bool {
        self.leech
    }
    fn available(&self, now: i64) -> bool {
        CardState::available(self, now)
    }
}

impl StateRead for PackedState {
    #[inline]
    fn phase(&self) -> Phase {
        match &self.0 {
            Packed::Row(r) => r.phase,
            Packed::Wide(s) => s.phase,
        }
    }
    #[inline]
    fn due(&self) -> i64 {
        PackedState::due(self)
    }
    #[inline]
    fn suspended(&self) -> bool {
        match &self.0 {
            Packed::Row(r) => r.flags & SUSPENDED != 0,
            Packed::Wide(s) => s.suspended,
        }
    }
    #[inline]
    fn leech(&self) -> bool {
        match &self.0 {
            Packed::Row(r) => r.flags & LEECH != 0,
            Packed::Wide(s) => s.leech,
        }
    }
    #[inline]
    fn today_fields(&self, now: i64) -> (bool, Phase, i64) {
        match &self.0 {
            Packed::Row(r) => (r.available(now), r.phase, r.due),
            Packed::Wide(s) => (s.available(now), s.phase, s.due),
        }
    }
    #[inline]
    fn counted(&self) -> (Phase, bool, bool) {
        match &self.0 {
            Packed::Row(r) => (r.phase, r.flags & SUSPENDED != 0, r.flags & LEECH != 0),
            Packed::Wide(s) => (s.phase, s.suspended, s.leech),
        }
    }
    #[inline]
    fn available(&self, now: i64) -> bool {
        match &self.0 {
            Packed::Row(r) => r.available(now),
            Packed::Wide(s) => s.available(now),
        }
    }
}

impl<T: StateRead + ?Sized> StateRead for &T {
    fn phase(&self) -> Phase {
        (**self).phase()
    }
    fn due(&self) -> i64 {
        (**self).due()
    }
    fn suspended(&self) -> bool {
        (**self).suspended()
    }
    fn leech(&self) -> bool {
        (**self).leech()
    }
    fn available(&self, now: i64) -> bool {
        (**self).available(now)
    }
    fn counted(&self) -> (Phase, bool, bool) {
        (**self).counted()
    }
    fn today_fields(&self, now: i64) -> (bool, Phase, i64) {
        (**self).today_fields(now)
    }
}

impl From<&CardState> for PackedState {
    fn from(s: &CardState) -> Self {
        PackedState::new(s)
    }
}

impl From<CardState> for PackedState {
    fn from(s: CardState) -> Self {
        PackedState::new(&s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_packed_state_stays_small() {
        assert_eq!(std::mem::size_of::<PackedState>(), 40);
        assert_eq!(std::mem::size_of::<Option<PackedState>>(), 40);
        assert!(std::mem::size_of::<CardState>() > 40, "else keep CardState");
    }

    fn time() -> impl Strategy<Value = i64> {
        prop_oneof![
            Just(i64::MIN),
            Just(i64::MAX),
            Just(0),
            Just(-1),
            1_500_000_000_000i64..2_500_000_000_000,
            any::<i64>(),
        ]
    }

    fn count() -> impl Strategy<Value = u32> {
        prop_oneof![
            4 => 0u32..300,
            1 => Just(255u32),
            1 => Just(256u32),
            1 => Just(65_535u32),
            1 => Just(65_536u32),
            1 => Just(u32::MAX),
            1 => any::<u32>(),
        ]
    }

    fn float() -> impl Strategy<Value = f32> {
        prop_oneof![
            Just(0.0f32),
            Just(-0.0f32),
            Just(f32::MAX),
            Just(f32::MIN_POSITIVE),
            Just(f32::INFINITY),
            0.0f32..40_000.0,
            any::<f32>(),
        ]
    }

    prop_compose! {
        fn state()(
            phase in prop_oneof![
                Just(Phase::New),
                Just(Phase::Learning),
                Just(Phase::Review),
                Just(Phase::Relearning)
            ],
            memory in proptest::option::of((float(), float())),
            due in time(),
            last_review in proptest::option::of(time()),
            buried_until in proptest::option::of(time()),
            step in count(),
            reps in count(),
            lapses in count(),
            suspended in any::<bool>(),
            leech in any::<bool>(),
        ) -> CardState {
            CardState {
                phase,
                memory: memory.map(|(stability, difficulty)| Memory { stability, difficulty }),
                due,
                last_review,
                step,
                reps,
                lapses,
                suspended,
                buried_until,
                leech,
            }
        }
    }

    /// Compares bit for bit (a NaN stays the same NaN, -0.0 stays -0.0).
    fn same(a: &CardState, b: &CardState) -> bool {
        let bits = |m: Option<Memory>| m.map(|m| (m.stability.to_bits(), m.difficulty.to_bits()));
        a.phase == b.phase
            && bits(a.memory) == bits(b.memory)
            && a.due == b.due
            && a.last_review == b.last_review
            && a.step == b.step
            && a.reps == b.reps
            && a.lapses == b.lapses
            && a.suspended == b.suspended
            && a.buried_until == b.buried_until
            && a.leech == b.leech
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4096))]
        #[test]
        fn every_state_comes_back_exactly(s in state()) {
            let p = PackedState::new(&s);
            prop_assert!(same(&p.get(), &s), "{s:?} came back as {:?}", p.get());
            // As the states beside the cards keep it.
            let o = Some(p);
            prop_assert!(o.as_ref().is_some_and(|p| same(&p.get(), &s)));
            let p = PackedState::new(&s);
            let m = s.memory.unwrap_or(Memory { stability: 0.0, difficulty: 0.0 });
            let flags = u8::from(s.memory.is_some())
                | u8::from(s.last_review.is_some()) << 1
                | u8::from(s.buried_until.is_some()) << 2
                | u8::from(s.suspended) << 3
                | u8::from(s.leech) << 4;
            let f = PackedState::from_fields(Fields {
                phase: s.phase,
                flags,
                stability: m.stability,
                difficulty: m.difficulty,
                due: s.due,
                last_review: s.last_review.unwrap_or(7),
                step: s.step,
                reps: s.reps,
                lapses: s.lapses,
                buried_until: s.buried_until.unwrap_or(9),
            });
            prop_assert!(same(&f.get(), &s));
            prop_assert_eq!(StateRead::phase(&p), s.phase);
            prop_assert_eq!(StateRead::due(&p), s.due);
            prop_assert_eq!(p.suspended(), s.suspended);
            prop_assert_eq!(p.leech(), s.leech);
            prop_assert_eq!(p.counted(), (s.phase, s.suspended, s.leech));
            prop_assert_eq!(p.today_fields(s.due), (s.available(s.due), s.phase, s.due));
            for now in [i64::MIN, -1, 0, s.due, s.buried_until.unwrap_or(0), i64::MAX] {
                prop_assert_eq!(StateRead::available(&p, now), s.available(now));
            }
        }
    }

    #[test]
    fn a_new_card_and_the_edges_of_the_row_come_back() {
        let mut s = CardState::new_card();
        assert_eq!(PackedState::new(&s).get(), s);
        s.reps = 65_535;
        s.lapses = 65_535;
        s.step = 255;
        assert!(matches!(PackedState::new(&s).0, Packed::Row(_)));
        assert_eq!(PackedState::new(&s).get(), s);
        s.step = 256;
        assert!(matches!(PackedState::new(&s).0, Packed::Wide(_)));
        assert_eq!(PackedState::new(&s).get(), s);
    }
}
