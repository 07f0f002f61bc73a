//! Custom study's words: what a filter drills, and why a typed filter does not read
//! (`assets/i18n/*/study.ftl`).

use crate::core::config::Lang;
use crate::core::custom::{Filter, FilterError};
use crate::core::domain::Domain;
use crate::i18n::tr;

/// What a custom session drills, in words: `tag limits`, `your leeches`.
pub fn custom_title(lang: Lang, f: &Filter) -> String {
    match f {
        Filter::Pack(p) => tr!(lang, "study-filter-pack", pack = p.as_str()),
        Filter::Domain(d) => tr!(lang, "study-filter-domain", domain = domain_title(lang, *d)),
        Filter::Task(t) => match task_title(lang, t) {
            Some(title) => tr!(
                lang,
                "study-filter-task-titled",
                code = t.as_str(),
                title = title
            ),
            None => tr!(lang, "study-filter-task", code = t.as_str()),
        },
        Filter::Tag(t) => tr!(lang, "study-filter-tag", tag = t.as_str()),
        Filter::Leeches => tr!(lang, "study-filter-leeches"),
        Filter::MissedLastExam => tr!(lang, "study-filter-missed-last"),
        Filter::MissedInExam(id) => tr!(lang, "study-filter-missed-in", id = *id),
        Filter::Search(q) if q.trim().is_empty() => tr!(lang, "study-filter-all"),
        Filter::Search(q) => tr!(lang, "study-filter-search", query = q.trim()),
    }
}

/// Why a typed custom-study filter does not read, in words.
pub fn filter_error(lang: Lang, e: &FilterError) -> String {
    match e {
        FilterError::Empty => tr!(lang, "study-filter-error-empty"),
        FilterError::UnknownDomain(d) => tr!(lang, "study-filter-error-domain", typed = d.as_str()),
        FilterError::UnknownTask(t) => tr!(lang, "study-filter-error-task", typed = t.as_str()),
    }
}

/// The exam guide's title of a domain, in `lang`.
pub fn domain_title(lang: Lang, d: Domain) -> String {
    let key = match d {
        Domain::Development => "study-domain-development",
        Domain::Security => "study-domain-security",
        Domain::Deployment => "study-domain-deployment",
        Domain::Troubleshooting => "study-domain-troubleshooting",
    };
    tr!(lang, key)
}

/// A domain's short name in `lang` (`development`, `개발`), as Home, Stats, lint and the
/// exam draw list name it.
pub fn domain_short(lang: Lang, d: Domain) -> String {
    let key = match d {
        Domain::Development => "domain-development",
        Domain::Security => "domain-security",
        Domain::Deployment => "domain-deployment",
        Domain::Troubleshooting => "domain-troubleshooting",
    };
    tr!(lang, key)
}

/// The exam guide's title of the task statement `code` (`1.2`), in `lang`, if there is one.
pub fn task_title(lang: Lang, code: &str) -> Option<String> {
    let key = match code {
        "1.1" => "study-task-1-1",
        "1.2" => "study-task-1-2",
        "1.3" => "study-task-1-3",
        "2.1" => "study-task-2-1",
        "2.2" => "study-task-2-2",
        "2.3" => "study-task-2-3",
        "3.1" => "study-task-3-1",
        "3.2" => "study-task-3-2",
        "3.3" => "study-task-3-3",
        "3.4" => "study-task-3-4",
        "4.1" => "study-task-4-1",
        "4.2" => "study-task-4-2",
        "4.3" => "study-task-4-3",
        _ => return None,
    };
    Some(tr!(lang, key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_study_filters_are_named() {
        assert_eq!(
            custom_title(Lang::En, &Filter::Task("1.2".into())),
            "task statement 1.2 (Develop code for AWS Lambda)"
        );
        assert_eq!(
            custom_title(Lang::Ko, &Filter::Task("1.2".into())),
            "작업 설명 1.2(AWS Lambda용 코드 개발)"
        );
        assert_eq!(
            custom_title(Lang::En, &Filter::Search(" ".into())),
            "every card"
        );
        assert_eq!(
            custom_title(Lang::En, &Filter::MissedInExam(4)),
            "the cards missed in exam #4"
        );
        assert!(filter_error(Lang::En, &FilterError::UnknownTask("9.9".into())).contains("9.9"));
        assert!(filter_error(Lang::Ko, &FilterError::UnknownTask("9.9".into())).contains("9.9"));
    }

    #[test]
    fn every_domain_and_task_of_the_guide_has_its_title_in_both_languages() {
        for d in Domain::ALL {
            for lang in crate::i18n::LANGS {
                assert!(!domain_title(lang, d).starts_with("study-"));
            }
            assert_eq!(domain_title(Lang::En, d), d.title());
            for t in d.tasks() {
                assert_eq!(task_title(Lang::En, t.code).as_deref(), Some(t.title));
                assert!(task_title(Lang::Ko, t.code).is_some_and(|k| !k.starts_with("study-")));
            }
        }
    }
}
