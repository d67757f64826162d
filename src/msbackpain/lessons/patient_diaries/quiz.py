"""Quiz of notebook 08 (patient diaries): confidence intervals, clustering, missing entries,
within-person comparisons, a treatment started after a flare, and confounding by indication."""

from __future__ import annotations

from msbackpain.ui.quiz import Choice, MultipleChoice, Quiz

QUIZ = Quiz(
    notebook="08",
    questions=(
        MultipleChoice(
            "An estimate of an average effect comes with a 95% confidence interval. What does "
            "the interval say?",
            choices=(
                Choice(
                    "The effects compatible with the data: if the study were repeated with other "
                    "people like these, an interval made this way would contain the true average "
                    "effect 95 times in 100.",
                    correct=True,
                    why="It describes the uncertainty of the *average* effect, given how much the "
                    "estimate would vary from one cohort to another.",
                ),
                Choice(
                    "95% of people have an effect inside the interval.",
                    why="People differ; their spread is a different number (the answer key gives "
                    "it as spread_sd). The interval is about the average.",
                ),
                Choice(
                    "The effect is the middle of the interval; the ends only show rounding.",
                    why="The interval shows how much the estimate would wobble with other people; "
                    "any value inside it fits the data.",
                ),
            ),
            explanation="See 'A confidence interval, in plain words'.",
        ),
        MultipleChoice(
            "Why does the notebook draw *people* again (a cluster bootstrap), not days, to get "
            "its intervals?",
            choices=(
                Choice(
                    "Because the days of one person are alike (usual pain, habits, disease), so "
                    "they carry less information than the same number of people; resampling days "
                    "makes the interval too narrow.",
                    correct=True,
                    why="The bootstrap over days in the notebook gave a much narrower interval "
                    "for the same question.",
                ),
                Choice(
                    "Because drawing days would take too long to compute.",
                    why="Speed is not the point: the two give different answers, and only one "
                    "respects how the data were collected.",
                ),
                Choice(
                    "Because days with missing entries cannot be drawn.",
                    why="Missing entries are dropped either way; the difference is whether a "
                    "person's days stay together.",
                ),
            ),
            explanation="Days are clustered within people. See 'A confidence interval, in plain "
            "words'.",
        ),
        MultipleChoice(
            "Suppose entries go missing more often on painful days. What does that do to the mean "
            "back pain of the entries that *were* filled in?",
            choices=(
                Choice(
                    "Nothing, as long as there are thousands of entries left.",
                    why="More data make an estimate less noisy, but they do not remove a bias: "
                    "the missing days are not a random sample of days.",
                ),
                Choice(
                    "It makes the mean too low, because the bad days are the ones most often "
                    "left out.",
                    correct=True,
                    why="The chance of a gap depends on the very thing being measured (missing "
                    "not at random).",
                ),
                Choice(
                    "It makes the mean less precise, but not wrong on average.",
                    why="That would be true only if entries were missing at random.",
                ),
            ),
            explanation="Whether gaps follow bad days has to be checked in each data set, not "
            "assumed: in pooled momentary-assessment data of people with chronic pain, pain "
            "intensity did not predict completion [@ono2019]. See 'Missing entries, and what "
            "they do'.",
        ),
        MultipleChoice(
            "To estimate how yesterday's sitting changes today's pain, the notebook first "
            "subtracts each person's own mean from both columns "
            "(`groupby('patient_id').transform('mean')`). Why?",
            choices=(
                Choice(
                    "So that each person is compared with themselves: differences between "
                    "people (disability, habits, their own use of the scale) can no longer pose "
                    "as an effect of sitting.",
                    correct=True,
                    why="A within-person comparison (person fixed effects) removes everything "
                    "that stays the same for a person.",
                ),
                Choice(
                    "To fill in the missing entries with each person's mean.",
                    why="Subtracting a mean does not fill gaps; rows with a missing value are "
                    "dropped first.",
                ),
                Choice(
                    "Because a 0–10 scale has to be centred before it can be correlated.",
                    why="Centring *per person* is what changes the question being asked.",
                ),
            ),
            explanation="See 'Comparing people with themselves' and Exercise 2.",
        ),
        MultipleChoice(
            "People started physiotherapy after a few weeks of worse pain than usual. Why does "
            "the naive before/after comparison (the 2 weeks before the referral against the "
            "weeks after the start) overstate what physiotherapy did?",
            choices=(
                Choice(
                    "The weeks before the start were a flare, which would have passed anyway: "
                    "part of the fall is regression to the mean, and part is whatever changed "
                    "for everybody over those weeks.",
                    correct=True,
                    why="The fair comparison leaves out the flare weeks and subtracts the change "
                    "seen on the same dates in people not in physiotherapy.",
                ),
                Choice(
                    "Physiotherapy takes weeks to work, so the first weeks after the start are "
                    "too early.",
                    why="A build-up makes early weeks *under*state the effect, not overstate it.",
                ),
                Choice(
                    "Too few people started physiotherapy.",
                    why="Few people widen the interval; they do not move the estimate one way.",
                ),
            ),
            explanation="See 'Physiotherapy: a naive and a fair comparison' and the event study.",
        ),
        MultipleChoice(
            "People who take an anti-spasticity drug rate their stiffness *higher* than people "
            "who do not. What can you conclude about the drug from that?",
            choices=(
                Choice(
                    "Nothing about its effect: the drug is given to the people who are stiffest "
                    "(confounding by indication), so the comparison mixes the drug with the "
                    "reason for it.",
                    correct=True,
                    why="Only a comparison in which the reason for treatment is not related to "
                    "the outcome (a randomised trial, for example) separates the two.",
                ),
                Choice(
                    "That the drug makes stiffness worse.",
                    why="The people on the drug were stiffer before it; the comparison cannot "
                    "say what it did.",
                ),
                Choice(
                    "That the drug works, because the difference is within its interval.",
                    why="An interval measures chance, not bias: a confounded comparison can have a "
                    "narrow interval around the wrong number.",
                ),
            ),
            explanation="See 'An effect across people, confounded by indication' and the reveal.",
        ),
    ),
)
