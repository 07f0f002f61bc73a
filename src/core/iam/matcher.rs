//! Wildcard and ARN matching as IAM does it: `*` matches any run of characters (none included), `?`
//! exactly one. Actions are matched without case, resources and ARNs with case, and an ARN pattern is
//! matched colon-separated part by part, the sixth part (the resource) taking the rest.
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html>,
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html>,
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_ARN>

/// One piece of a compiled pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tok {
    /// This character, literally.
    Lit(char),
    /// `*`: any run of characters.
    Star,
    /// `?`: exactly one character.
    One,
}

/// `text` as a pattern: `*` and `?` are wildcards.
pub fn compile(text: &str) -> Vec<Tok> {
    text.chars()
        .map(|c| match c {
            '*' => Tok::Star,
            '?' => Tok::One,
            c => Tok::Lit(c),
        })
        .collect()
}

/// `text` as literal characters (a substituted variable's value).
pub fn literal(text: &str) -> Vec<Tok> {
    text.chars().map(Tok::Lit).collect()
}

/// The pattern written back as text (wildcards as `*` and `?`).
pub fn to_text(toks: &[Tok]) -> String {
    toks.iter()
        .map(|t| match t {
            Tok::Lit(c) => *c,
            Tok::Star => '*',
            Tok::One => '?',
        })
        .collect()
}

fn same(a: char, b: char, ignore_case: bool) -> bool {
    a == b || (ignore_case && a.to_lowercase().eq(b.to_lowercase()))
}

/// Whether `text` matches the compiled pattern (greedy with backtracking to the last star).
pub fn matches_toks(pattern: &[Tok], text: &str, ignore_case: bool) -> bool {
    let text: Vec<char> = text.chars().collect();
    let (mut p, mut t) = (0usize, 0usize);
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some(Tok::Star) => {
                star = Some((p, t));
                p += 1;
            }
            Some(Tok::One) => {
                p += 1;
                t += 1;
            }
            Some(Tok::Lit(c)) if same(*c, text[t], ignore_case) => {
                p += 1;
                t += 1;
            }
            _ => match star {
                Some((sp, st)) => {
                    p = sp + 1;
                    t = st + 1;
                    star = Some((sp, st + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p.min(pattern.len())..]
        .iter()
        .all(|t| *t == Tok::Star)
}

/// Whether `text` matches the wildcard pattern `pattern`.
pub fn wildcard(pattern: &str, text: &str, ignore_case: bool) -> bool {
    matches_toks(&compile(pattern), text, ignore_case)
}

/// Whether an action (`s3:GetObject`) matches an `Action` pattern (`s3:Get*`, `*`): without case.
pub fn action_matches(pattern: &str, action: &str) -> bool {
    wildcard(pattern, action, true)
}

/// The six colon-separated parts of an ARN: `arn`, partition, service, region, account, resource
/// (the resource keeps its own colons). `None` when there are fewer than six.
pub fn arn_parts(arn: &str) -> Option<[&str; 6]> {
    let mut it = arn.splitn(6, ':');
    let parts = [
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
        it.next()?,
    ];
    Some(parts)
}

/// Splits a compiled pattern at its first five literal colons, like `arn_parts`.
fn split_toks(pattern: &[Tok]) -> Option<Vec<&[Tok]>> {
    let mut out = Vec::with_capacity(6);
    let mut start = 0;
    for (i, t) in pattern.iter().enumerate() {
        if out.len() == 5 {
            break;
        }
        if *t == Tok::Lit(':') {
            out.push(&pattern[start..i]);
            start = i + 1;
        }
    }
    if out.len() < 5 {
        return None;
    }
    out.push(&pattern[start..]);
    Some(out)
}

/// Whether an ARN matches an ARN pattern part by part (`ArnLike`, `ArnEquals`, `Resource`): a lone
/// `*` matches every ARN; otherwise both must have six parts and each part match, with case.
pub fn arn_matches_toks(pattern: &[Tok], arn: &str) -> bool {
    if pattern == [Tok::Star] {
        return true;
    }
    let (Some(p), Some(a)) = (split_toks(pattern), arn_parts(arn)) else {
        return false;
    };
    p.iter()
        .zip(a.iter())
        .all(|(p, a)| matches_toks(p, a, false))
}

/// `arn_matches_toks` on a pattern written as text.
pub fn arn_matches(pattern: &str, arn: &str) -> bool {
    arn_matches_toks(&compile(pattern), arn)
}

/// The account of an ARN (its fifth part), when it has one.
pub fn arn_account(arn: &str) -> Option<&str> {
    arn_parts(arn).map(|p| p[4]).filter(|a| !a.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_follow_iam() {
        assert!(wildcard("s3:Get*", "s3:GetObject", false));
        assert!(wildcard("s3:*", "s3:", false));
        assert!(wildcard("a?c", "abc", false));
        assert!(!wildcard("a?c", "ac", false));
        assert!(wildcard("*Object*", "s3:GetObjectAcl", false));
        assert!(!wildcard("s3:Get*", "s3:PutObject", false));
        assert!(wildcard("a*b*c", "a-x-b-y-b-c", false));
        assert!(!wildcard("a*b*c", "a-x-b-y-b-", false));
    }

    /// "Action ... values are case-insensitive" (reference_policies_elements_action.html);
    /// resource ARNs are case sensitive (reference_policies_elements_resource.html).
    #[test]
    fn actions_ignore_case_and_resources_do_not() {
        assert!(action_matches("S3:getobject", "s3:GetObject"));
        assert!(action_matches("iam:*AccessKey*", "iam:CreateAccessKey"));
        assert!(!arn_matches(
            "arn:aws:s3:::Bucket/*",
            "arn:aws:s3:::bucket/a"
        ));
        assert!(arn_matches(
            "arn:aws:s3:::bucket/*",
            "arn:aws:s3:::bucket/a/b:c"
        ));
    }

    /// "Each of the six colon-delimited components of the ARN is checked separately"
    /// (reference_policies_elements_condition_operators.html#Conditions_ARN).
    #[test]
    fn arns_match_part_by_part() {
        assert!(arn_matches(
            "arn:aws:iam::*:role/admin-*",
            "arn:aws:iam::111122223333:role/admin-ops"
        ));
        // A star in the region part does not reach into the account part.
        assert!(!arn_matches(
            "arn:aws:dynamodb:*:table/t",
            "arn:aws:dynamodb:us-east-1:111122223333:table/t"
        ));
        assert!(arn_matches("*", "arn:aws:s3:::b"));
        assert_eq!(arn_account("arn:aws:s3:::b"), None);
        assert_eq!(
            arn_account("arn:aws:iam::111122223333:user/a"),
            Some("111122223333")
        );
    }
}
