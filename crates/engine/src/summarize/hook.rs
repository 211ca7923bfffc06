//! Hooks: a feature story may open on a scene or a quip ("Eight minutes of sheer terror.")
//! that the rest of the story hardly returns to. Such an opening is bait, not the news, so it
//! loses the lead's place in the position prior.

/// An opening this central or less, relative to the most central sentence, is a hook.
const HOOK_CENTRALITY: f32 = 0.2;
/// The rank (from 0) a hook is given in the position prior: that of the third sentence.
const HOOK_RANK: f32 = 2.0;

/// The rank the position prior uses for a sentence at `story_position` whose centrality,
/// relative to the most central sentence, is `relative_centrality`.
pub fn position_rank(story_position: usize, relative_centrality: f32) -> f32 {
    if story_position == 0 && relative_centrality < HOOK_CENTRALITY {
        HOOK_RANK
    } else {
        story_position as f32
    }
}

#[cfg(test)]
mod tests {
    use super::position_rank;

    #[test]
    fn only_an_opening_the_story_leaves_behind_loses_its_rank() {
        assert_eq!(position_rank(0, 0.05), 2.0);
        assert_eq!(position_rank(0, 0.6), 0.0);
        assert_eq!(position_rank(4, 0.0), 4.0);
    }
}
