//! `--rules FILE`: a rules file (JSON: markers, line rules, thresholds;
//! see `khabar::Rules`) makes the parser every page is read with.

use std::path::Path;

/// The parser of the rules file at `path`, or the plain one without a file.
pub fn parser(path: Option<&Path>) -> Result<khabar::Parser, String> {
    let Some(path) = path else { return Ok(khabar::Parser::default()) };
    let json = std::fs::read_to_string(path).map_err(|e| format!("cannot read the rules {}: {e}", path.display()))?;
    let rules: khabar::Rules =
        serde_json::from_str(&json).map_err(|e| format!("the rules {} are not a rules file: {e}", path.display()))?;
    khabar::Parser::from_rules(&rules).map_err(|e| format!("the rules {}: {e}", path.display()))
}
