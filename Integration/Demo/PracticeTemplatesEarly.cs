using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Integration.Demo;

/// <summary>Templates for the early stages: prospecting, discovery, qualification, messaging, demo and proof.</summary>
public static class PracticeTemplatesEarly
{
    private static readonly SalesStage[] Qualify = { SalesStage.Qualify };
    private static readonly SalesStage[] QualifyDevelop = { SalesStage.Qualify, SalesStage.Develop };
    private static readonly SalesStage[] Develop = { SalesStage.Develop };
    private static readonly SalesStage[] DevelopPropose = { SalesStage.Develop, SalesStage.Propose };

    private static readonly string[] IndustriesA = { "Durable Manufacturing", "Financial", "Insurance", "Transportation", "Wholesale" };
    private static readonly string[] IndustriesB = { "Utility Creation and Distribution", "Business Services", "Doctor's Offices and Clinics", "Non-Durable Merchandise Retail", "Food and Tobacco Processing" };

    public static readonly PracticeTemplate[] All =
    {
        new(PracticeTopic.ProspectingNewIndustry,
            "Open {x} accounts with a peer reference, not a product pitch",
            "First meetings in {x} convert when they open with a named peer's before-and-after numbers; a feature tour in the first call halves the reply rate.",
            "Steps: 1. Pick the closest referenceable {x} customer by size and region. 2. Lead with their baseline, the change, and the measured result in one slide. 3. Ask which of the three numbers matters most to the prospect. Pitfall: do not name a peer without written approval from their account manager; {x} buyers check.",
            Qualify, TemplateSlot.Industry, IndustriesA, new[] { "reference", "peer", "first meeting", "cold outreach" }),
        new(PracticeTopic.ProspectingNewIndustry,
            "Learn the {x} regulatory calendar before the first call",
            "Prospects in {x} plan budgets around audits and regulatory deadlines; reps who time outreach to that calendar get meetings the week the pain is felt.",
            "Before outreach, list the two or three compliance or reporting deadlines that drive {x} spending this year. Reference one in the opening line. In the first meeting, ask who owns that deadline internally: that person is usually the real sponsor. Pitfall: generic 'digital transformation' language reads as spam in a regulated industry.",
            Qualify, TemplateSlot.Industry, IndustriesB, new[] { "regulation", "compliance", "audit", "timing", "new industry" }),
        new(PracticeTopic.ProspectingNewIndustry,
            "Borrow a {x} insider's vocabulary for outbound sequences",
            "Sequences rewritten with the industry's own terms (found in its trade press and job posts) doubled positive replies for reps entering {x}.",
            "Read five recent job posts and two trade articles from {x} accounts. Replace our product terms with their terms for the same thing. Keep the first email under 90 words with one question. Have a customer in {x} read the sequence before it goes out.",
            Qualify, TemplateSlot.Industry, new[] { "Durable Manufacturing", "Utility Creation and Distribution", "Doctor's Offices and Clinics" }, new[] { "outbound", "sequence", "email", "vocabulary" }),
        new(PracticeTopic.Discovery,
            "Quantify the cost of the current process for {x} before showing anything",
            "Deals where the rep and the customer agreed a cost-of-inaction number in discovery closed faster and discounted less.",
            "Run a 30-minute working session: map the current process step by step, attach hours and error rates, and multiply out with the customer's own figures. Write the number in the customer's words and send it back the same day for correction. Pitfall: a number the rep invented is worse than none; it gets attacked in Propose.",
            QualifyDevelop, TemplateSlot.Product, new[] { "Cloud ERP", "Supply Chain Planning", "Field Service" }, new[] { "cost of inaction", "business case", "pain", "baseline", "current process" }),
        new(PracticeTopic.Discovery,
            "Interview three users, not just the sponsor, on {x} deals",
            "Sponsors describe the process as designed; users describe it as it runs. Three user interviews surface the pain points that survive procurement.",
            "Ask the sponsor for 20 minutes each with three people who do the work daily. Ask them what they did yesterday, where they waited, and what they keep in spreadsheets. Quote them (anonymously) in the proposal. Pitfall: never demo during these interviews; it turns them into feature requests.",
            Develop, TemplateSlot.Product, new[] { "Customer Engagement", "Analytics", "Field Service" }, new[] { "user interview", "pain points", "spreadsheets", "workarounds" }),
        new(PracticeTopic.Discovery,
            "Map the {x}'s success metric in discovery, then write it into the mutual plan",
            "When the {x} names the metric they will be judged on and it appears in the mutual action plan, the deal survives leadership changes.",
            "Ask directly: 'What number will you be measured on a year after this goes live?' Agree on baseline and target. Put both in the first version of the mutual action plan and review them at each stage gate.",
            DevelopPropose, TemplateSlot.BuyerRole, new[] { "COO", "VP Sales", "Operations Director" }, new[] { "success metric", "mutual action plan", "KPI", "outcome" }),
        new(PracticeTopic.Qualification,
            "Confirm budget owner and approval path before the first demo",
            "Demos given before the budget owner and approval path were known had a third of the win rate; confirm both with a direct question in Qualify.",
            "Ask: 'If you decide this is right, what happens between your yes and a signed order?' Write down each approver and threshold. If the budget owner is unknown, offer a short executive briefing instead of a demo. Pitfall: 'IT decides' is never the whole answer for spend above the department's limit.",
            Qualify, TemplateSlot.Product, new[] { "Cloud ERP", "Security Suite", "Analytics", "Customer Engagement" }, new[] { "budget", "approval", "authority", "MEDDICC", "BANT" }),
        new(PracticeTopic.Qualification,
            "Disqualify early when {x} is the incumbent with a renewal under 90 days",
            "Against an incumbent {x} renewing within a quarter, we won only when the customer had already started an evaluation; otherwise, park the deal and set a date.",
            "Ask when the {x} contract renews and whether notice has been given. If renewal is under 90 days and no evaluation is running, agree a check-in six months before the next renewal and move on. Log the date in the opportunity. Pitfall: chasing these deals burns presales capacity other deals need.",
            Qualify, TemplateSlot.Competitor, new[] { "Salesforce", "SAP", "Oracle", "Workday" }, new[] { "incumbent", "renewal", "disqualify", "timing" }),
        new(PracticeTopic.Qualification,
            "Test the compelling event with a 'what if we slip a quarter' question",
            "A compelling event is real when slipping a quarter costs the customer something they can name. If nothing happens, the close date is a wish.",
            "Ask the sponsor what happens if the project starts a quarter later. A real event has a cost, a penalty or a date outside their control. Record it in the opportunity description. If there is none, lower the close probability and build urgency from the quantified pain instead.",
            QualifyDevelop, TemplateSlot.Product, new[] { "Supply Chain Planning", "Security Suite", "Cloud ERP" }, new[] { "compelling event", "urgency", "close date", "forecast" }),
        new(PracticeTopic.MessagingNewBuyerRole,
            "Rewrite the value story for a {x} in their own metrics",
            "When a {x} joins late, the original story stalls; a one-page rewrite in the {x}'s metrics kept deals moving.",
            "Before the meeting, list the three metrics a {x} reports to the board. Rewrite the value story as movement on those metrics with the customer's own figures. Bring one page, not the deck. Ask the champion to pre-brief the {x} with that page. Pitfall: leading with features loses a {x} in five minutes.",
            DevelopPropose, TemplateSlot.BuyerRole, new[] { "CFO", "CIO", "COO", "Procurement", "Finance Director" }, new[] { "new stakeholder", "value story", "executive", "one pager" }),
        new(PracticeTopic.MessagingNewBuyerRole,
            "Give the {x} a risk register before they ask for one",
            "{x} reviewers block deals on unanswered risk, not on price. A short risk register with owners and mitigations turned reviews into approvals.",
            "List the top ten risks a {x} will raise (data residency, access, continuity, exit). For each: likelihood, mitigation, owner, evidence link. Send it ahead of the review. Pitfall: a generic security whitepaper does not answer a {x}'s questions; map answers to their questionnaire.",
            DevelopPropose, TemplateSlot.BuyerRole, new[] { "IT Security", "Legal", "CIO" }, new[] { "risk", "security review", "questionnaire", "data residency" }),
        new(PracticeTopic.DemoProof,
            "Run a scripted demo on the customer's own data for {x}",
            "Demos on the customer's own (anonymised) data were remembered and forwarded; generic demo tenants were not.",
            "Ask for a small extract during discovery. Script the demo around the three pains the customer named, in their order. End each section with the number it moves. Keep it to 30 minutes and leave 15 for questions. Pitfall: never show a roadmap feature as if it shipped.",
            DevelopPropose, TemplateSlot.Product, new[] { "Analytics", "Customer Engagement", "Supply Chain Planning", "Field Service" }, new[] { "demo", "customer data", "script", "proof" }),
        new(PracticeTopic.DemoProof,
            "Scope a two-week proof of value with exit criteria signed up front",
            "Proofs without agreed exit criteria ran twice as long and often ended in 'interesting'; signed criteria turned them into decisions.",
            "Write three to five measurable exit criteria with the sponsor. Agree the decision that follows if they are met, and the date. Limit the proof to two weeks and one business process. Review progress twice a week with the customer's team in the room.",
            Develop, TemplateSlot.Product, new[] { "Cloud ERP", "Security Suite", "Analytics" }, new[] { "proof of concept", "pilot", "exit criteria", "POC" }, DealSizeBand.Large),
        new(PracticeTopic.DemoProof,
            "Let a reference customer in {x} host the site visit",
            "A site visit hosted by a peer in the same industry answered the 'will it work here' question better than any demo.",
            "Pick a customer in {x} with a similar process. Prepare the host with the prospect's questions. Keep our people in the background; the peer talks. Follow up with the numbers the host quoted.",
            DevelopPropose, TemplateSlot.Industry, new[] { "Durable Manufacturing", "Food and Tobacco Processing", "Transportation" }, new[] { "site visit", "reference", "peer", "proof" }),
    };
}
