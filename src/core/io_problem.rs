//! Why the operating system refused to read or write a file, as data: the edge says it in the
//! user's language (`io_words` of the catalog). Kinds without words of their own keep the system's
//! text.

use serde::{Deserialize, Serialize};

/// What went wrong with a file or folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum IoProblem {
    /// There is no such file or folder.
    NotFound,
    /// The system refused access.
    PermissionDenied,
    /// Something is already there.
    AlreadyExists,
    /// The file system is mounted read-only.
    ReadOnly,
    /// The disk is full.
    StorageFull,
    /// The user's disk quota is used up.
    QuotaExceeded,
    /// A folder where a file was expected.
    IsAFolder,
    /// A file where a folder was expected (in the middle of a path).
    NotAFolder,
    /// A folder that is not empty.
    FolderNotEmpty,
    /// The file is larger than the file system allows.
    FileTooLarge,
    /// The file or device is busy.
    Busy,
    /// The name is not valid on this file system.
    InvalidName,
    /// Symbolic links that loop.
    LinkLoop,
    /// Another problem: the system's own text (`No such device (os error 19)`).
    Other(String),
}

impl IoProblem {
    /// The problem of an I/O error.
    pub fn of(e: &std::io::Error) -> IoProblem {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::NotFound => IoProblem::NotFound,
            K::PermissionDenied => IoProblem::PermissionDenied,
            K::AlreadyExists => IoProblem::AlreadyExists,
            K::ReadOnlyFilesystem => IoProblem::ReadOnly,
            K::StorageFull => IoProblem::StorageFull,
            K::QuotaExceeded => IoProblem::QuotaExceeded,
            K::IsADirectory => IoProblem::IsAFolder,
            K::NotADirectory => IoProblem::NotAFolder,
            K::DirectoryNotEmpty => IoProblem::FolderNotEmpty,
            K::FileTooLarge => IoProblem::FileTooLarge,
            K::ResourceBusy => IoProblem::Busy,
            K::InvalidFilename => IoProblem::InvalidName,
            // ELOOP: Rust has no stable kind for it yet (its number differs between systems).
            #[cfg(unix)]
            _ if e.raw_os_error() == Some(libc::ELOOP) => IoProblem::LinkLoop,
            _ => IoProblem::Other(e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::IoProblem;
    use std::io::{Error, ErrorKind};

    #[test]
    fn kinds_become_problems_and_the_rest_keeps_its_text() {
        let of = |k| IoProblem::of(&Error::from(k));
        assert_eq!(of(ErrorKind::NotFound), IoProblem::NotFound);
        assert_eq!(of(ErrorKind::ReadOnlyFilesystem), IoProblem::ReadOnly);
        assert_eq!(of(ErrorKind::StorageFull), IoProblem::StorageFull);
        assert_eq!(
            IoProblem::of(&Error::other("odd")),
            IoProblem::Other("odd".into())
        );
    }
}
