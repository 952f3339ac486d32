using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Synthetic;

/// <summary>
/// The template catalogue. Deal notes deliberately avoid the article's key nouns ("purchasing department" for
/// procurement, "finance leadership" for CFO) so the synthetic set rewards understanding fields, not word overlap.
/// </summary>
internal static class TopicTemplates
{
    public static readonly IReadOnlyList<TopicTemplate> All =
    [
        new(Topic.ProspectingNewIndustry, [Stage.Qualify, Stage.Develop], ["Economic Buyer", "Operations Director"],
            ["Open {industry} accounts with a peer reference story", "Build a {industry} point of view before first outreach", "Map {industry} trigger events for prospecting"],
            ["Lead with a peer outcome from {industry} instead of product features.", "Research how {industry} companies measure success before the first call."],
            ["List three regulatory or market events reshaping {industry} this year.", "Find a reference customer in {industry} and quote one number from their results.", "Write a two-line hypothesis of the business problem before reaching out.", "Use the vocabulary of the sector in every email and call opener.", "Target operations leaders first; they feel the pain earliest.", "Offer a short benchmark of peers rather than a demo."],
            ["prospecting", "new vertical", "reference", "outreach", "industry"],
            ["First opportunity for us in this sector; no customers like them yet and they had never heard of us.", "New vertical for the team; the contact asked who else in their line of business runs our software.", "Cold account from a list; they are in a market we have never sold into."],
            [Topic.Discovery]),
        new(Topic.Discovery, [Stage.Qualify, Stage.Develop], ["End User", "Operations Director", "Champion"],
            ["Run a pain-chain discovery call", "Quantify the cost of the current process", "Discovery questions for {role} conversations"],
            ["Uncover the business pain and its cost before proposing anything.", "Use layered questions to move from symptoms to root cause."],
            ["Prepare five open questions about the current process.", "Ask what happens if nothing changes in the next twelve months.", "Put a number on the problem in hours or money with the customer.", "Confirm who else feels the pain and how they describe it.", "Summarise the pain back in writing after the call.", "Avoid demoing until the problem statement is agreed."],
            ["discovery", "pain", "questions", "needs analysis", "root cause"],
            ["Early calls were superficial; we still don't really know what is broken for them or what it costs.", "They want software but can't articulate the problem; meetings drift into feature talk.", "Initial meeting done, unclear what outcome they are after."],
            [Topic.Qualification, Topic.ProspectingNewIndustry]),
        new(Topic.Qualification, [Stage.Qualify], ["Economic Buyer", "Champion"],
            ["Qualify with MEDDICC before investing presales time", "Test for a compelling event early", "Confirm budget and signing authority in the first month"],
            ["Validate metrics, economic buyer, decision criteria and process before committing resources.", "Disqualify early when there is no compelling event."],
            ["Ask directly who signs and what they need to see.", "Identify the event that forces a decision by a date.", "Write down the decision criteria and validate them with the champion.", "Test the champion by asking for access to the budget holder.", "Score the deal and walk away if two elements are missing.", "Agree a mutual next step with a date on every call."],
            ["qualification", "MEDDICC", "budget", "authority", "compelling event"],
            ["Not sure there is money or a timeline; the contact keeps saying they are just exploring options.", "No date driving this and we have not met whoever approves spend.", "Inbound lead, enthusiastic user, but unclear who decides or whether funds exist."],
            [Topic.Discovery]),
        new(Topic.MessagingNewBuyerRole, [Stage.Develop, Stage.Propose], ["CFO", "CISO", "CIO", "Legal", "Procurement"],
            ["Reframe the value story for the {role}", "What the {role} needs to hear in the first meeting", "One-page brief for a new {role} stakeholder"],
            ["Translate the business case into the priorities and language of the {role}.", "Prepare a role-specific narrative when a new {role} joins the evaluation."],
            ["Research the {role}'s published priorities and recent initiatives.", "Lead with risk and outcome, not features.", "Bring one metric the {role} is measured on.", "Ask the champion to brief you on the {role}'s concerns.", "Send a one-page summary written for the {role} after the meeting.", "Anticipate the top objection of the {role} and address it first."],
            ["stakeholder", "messaging", "persona", "executive", "value story"],
            ["{roleSyn} has just been pulled into the evaluation and we have nothing prepared for them.", "New stakeholder: {roleSyn} now wants a meeting and our deck is written for users.", "{roleSyn} joined late and is asking different questions than the project team."],
            [Topic.LargeDecisionUnit]),
        new(Topic.DemoProof, [Stage.Develop, Stage.Propose], ["Technical Evaluator", "End User"],
            ["Scope a proof of concept with written success criteria", "Tailor the demo to the customer's own data", "Run a {product} pilot that ends in a decision"],
            ["Agree measurable success criteria before any proof of concept starts.", "Show the customer's scenario, not the standard demo script."],
            ["Write success criteria and sign them off with the evaluator.", "Limit the pilot to four weeks with a decision date.", "Load a sample of the customer's data before the session.", "Open the demo with the outcome, then show how.", "Invite the budget holder to the final readout.", "Record objections raised in the demo and close each one."],
            ["demo", "proof of concept", "pilot", "POC", "technical validation"],
            ["Their architects want to see it running on their own records before they shortlist anyone.", "Trial requested by the technical team; nobody has agreed what a pass looks like.", "Hands-on evaluation next month; the engineers are sceptical it fits their setup."],
            [Topic.CompetitiveDisplacement]),
        new(Topic.CompetitiveDisplacement, [Stage.Develop, Stage.Propose, Stage.Close], ["Technical Evaluator", "Economic Buyer"],
            ["Displace {competitor} by reframing switching risk", "Win against {competitor} on total cost over five years", "Land-and-expand beside an incumbent {competitor}"],
            ["Counter {competitor}'s renewal discount with a switching plan and total cost view.", "Set the decision criteria where {competitor} is weak."],
            ["List the three criteria where {competitor} is weakest and get them into the evaluation.", "Offer a migration plan with a fixed-price data conversion.", "Bring a reference that moved off {competitor}.", "Quantify the five-year cost, not the year-one discount.", "Expect a last-minute discount and prepare the customer for it.", "Start with a side-by-side module rather than a full replacement."],
            ["competitor", "incumbent", "displacement", "switching", "migration"],
            ["{competitor} is the current vendor and is dangling a deep renewal discount to keep them.", "Incumbent is {competitor}; users are used to it and IT fears the migration.", "They run {competitor} today and are only talking to us to pressure them on price."],
            [Topic.DemoProof]),
        new(Topic.Pricing, [Stage.Propose], ["CFO", "Economic Buyer"],
            ["Anchor price on the quantified business case", "Present three options instead of one quote", "Defend list price with a value-based ROI model"],
            ["Tie the price to the value the customer agreed, and give options rather than a single number.", "Build the ROI with the customer's own figures before sending a quote."],
            ["Recap the agreed value in the customer's numbers before showing price.", "Offer good, better and best packages.", "Show payback period and five-year return.", "Never discount without a trade.", "Phase the rollout to fit this year's budget.", "Have the CFO validate the ROI assumptions."],
            ["pricing", "ROI", "business case", "value", "options"],
            ["Finance leadership says our number is well above what they set aside and asked for something cheaper.", "Sticker shock on the quote; the budget holder wants to see how it pays back.", "They like the solution but the spend is bigger than this year's allocation."],
            [Topic.Negotiation]),
        new(Topic.Negotiation, [Stage.Propose, Stage.Close], ["Procurement", "Legal"],
            ["Prepare a give-get list before procurement calls", "Handle procurement's standard discount demand", "Negotiate contract terms with legal without losing the quarter"],
            ["Trade every concession for something of value and keep procurement tied to the agreed value.", "Plan concessions in advance and never give one away."],
            ["Write the give-get list and walk-away point before the call.", "Ask what procurement is measured on.", "Trade discount for term length, case study or payment timing.", "Agree redlines in one working session with legal.", "Keep the economic buyer informed of every concession.", "Put a deadline on any special offer."],
            ["negotiation", "procurement", "discount", "concession", "contract"],
            ["Purchasing department came back demanding a quarter off and 90-day payment terms.", "Sourcing team took over and is running a reverse auction style process.", "Their counsel sent forty redlines on the master agreement and wants a price cut too."],
            [Topic.Pricing, Topic.Closing]),
        new(Topic.LargeDecisionUnit, [Stage.Develop, Stage.Propose], ["Economic Buyer", "Champion", "Operations Director"],
            ["Map the buying committee and each member's win", "Multi-thread across a large decision unit", "Run a consensus workshop for a large buying group"],
            ["With many stakeholders, map influence and give each a personal win.", "Avoid single-threaded deals by building relationships across functions."],
            ["Draw the decision map with roles, influence and stance.", "Assign an executive sponsor to the economic buyer.", "Give the champion material to sell internally.", "Hold a joint workshop to agree the decision criteria.", "Track each stakeholder's concern and owner.", "Check weekly for new stakeholders joining."],
            ["buying committee", "stakeholders", "consensus", "multi-threading", "decision unit"],
            ["A dozen people from IT, finance, operations and the regions all have a say and our sponsor cannot align them.", "Committee decision, lots of voices; we only really talk to one person.", "Every meeting has new faces and nobody owns the decision."],
            [Topic.MessagingNewBuyerRole]),
        new(Topic.Closing, [Stage.Close], ["Economic Buyer", "Champion"],
            ["Build a mutual close plan backwards from go-live", "Secure signature before quarter end without a discount", "Confirm the signing path and approvers"],
            ["Agree a dated plan of every step to signature with the customer.", "Uncover the approval steps that make deals slip."],
            ["Work backwards from the customer's go-live date.", "List every approver and signature step.", "Share the plan in writing and update it weekly.", "Ask what could stop the signature this month.", "Avoid a quarter-end discount; offer start-date flexibility instead.", "Pre-book the kickoff with the delivery team."],
            ["closing", "close plan", "signature", "mutual action plan", "quarter end"],
            ["Verbal yes last week but the paperwork keeps sliding to next month.", "They say we won but nothing is signed and our quarter ends in three weeks.", "Decision made in our favour; approval route unknown and time is short."],
            [Topic.Negotiation, Topic.HandoffToService]),
        new(Topic.HandoffToService, [Stage.Close], ["Operations Director", "End User"],
            ["Run a warm handoff from sales to delivery", "Document promises made during the sale", "Plan {product} onboarding before signature"],
            ["Transfer context, commitments and stakeholders to the delivery team so the customer does not repeat themselves.", "Plan onboarding with the customer before the contract is signed."],
            ["Write a handoff note with goals, promises and risks.", "Hold a joint call with the customer and the delivery lead.", "Agree the first 90-day success milestones.", "Introduce the support model and escalation path.", "Stay on the account until the first milestone is met.", "Share the business case so delivery measures the right outcome."],
            ["handoff", "onboarding", "implementation", "customer success", "go-live"],
            ["About to sign; the client is nervous about go-live and who will look after them afterwards.", "They were burned by a bad rollout before and want to meet the people who will deliver.", "Contract nearly done; operations wants to know what the first three months look like."],
            [Topic.Closing]),
    ];

    /// <summary>How a rep refers to a role in notes, instead of the CRM option label.</summary>
    public static readonly IReadOnlyDictionary<string, string> RoleSynonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CFO"] = "Finance leadership",
        ["CISO"] = "The head of information security",
        ["CIO"] = "The head of IT",
        ["Legal"] = "Their counsel",
        ["Procurement"] = "The purchasing department",
        ["Economic Buyer"] = "The budget holder",
        ["Champion"] = "Our internal sponsor",
        ["Operations Director"] = "The ops lead",
        ["Technical Evaluator"] = "Their architect",
        ["End User"] = "A team lead from the user group",
    };

    public static TopicTemplate For(Topic topic) => All.Single(t => t.Topic == topic);
}
