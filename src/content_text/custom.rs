//! Custom study's words: what a filter drills, and why a typed filter does not read.

/// What a custom session drills, in words: `tag limits`, `your leeches`.
pub fn custom_title(f: &crate::core::custom::Filter) -> String {
    use crate::core::custom::Filter;
    match f {
        Filter::Pack(p) => format!("pack {p}"),
        Filter::Domain(d) => format!("domain {}", d.title()),
        Filter::Task(t) => {
            let title = crate::core::domain::Domain::ALL
                .iter()
                .find_map(|d| d.task(t))
                .map_or(String::new(), |t| format!(" ({})", t.title));
            format!("task statement {t}{title}")
        }
        Filter::Tag(t) => format!("tag {t}"),
        Filter::Leeches => "your leeches".into(),
        Filter::MissedLastExam => "the cards missed in the last mock exam".into(),
        Filter::MissedInExam(id) => format!("the cards missed in exam #{id}"),
        Filter::Search(q) if q.trim().is_empty() => "every card".into(),
        Filter::Search(q) => format!("search \"{}\"", q.trim()),
    }
}

/// Why a typed custom-study filter does not read, in words.
pub fn filter_error(e: &crate::core::custom::FilterError) -> String {
    use crate::core::custom::FilterError;
    match e {
        FilterError::Empty => "Type which cards to study.".into(),
        FilterError::UnknownDomain(d) => format!(
            "`{d}` is not a domain: development, security, deployment, troubleshooting (or 1 to 4)."
        ),
        FilterError::UnknownTask(t) => {
            format!("`{t}` is not a task statement of the exam guide (1.1 to 4.3).")
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn custom_study_filters_are_named() {
        use crate::core::custom::{Filter, FilterError};
        assert_eq!(
            super::custom_title(&Filter::Task("1.2".into())),
            "task statement 1.2 (Develop code for AWS Lambda)"
        );
        assert_eq!(
            super::custom_title(&Filter::Search(" ".into())),
            "every card"
        );
        assert_eq!(
            super::custom_title(&Filter::MissedInExam(4)),
            "the cards missed in exam #4"
        );
        assert!(super::filter_error(&FilterError::UnknownTask("9.9".into())).contains("9.9"));
    }
}
