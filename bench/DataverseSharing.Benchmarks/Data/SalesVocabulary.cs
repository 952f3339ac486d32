using DataverseSharing.Domain.Practices;

namespace DataverseSharing.Benchmarks.Data;

/// <summary>Real sales words per topic and the structured value pools the synthetic library draws from.</summary>
internal static class SalesVocabulary
{
    public static readonly string[] Industries =
    [
        "Manufacturing", "Retail", "Healthcare", "Financial Services", "Public Sector", "Energy", "Education",
        "Telecommunications", "Professional Services", "Hospitality", "Automotive", "Life Sciences",
    ];

    public static readonly string[] Regions = ["EMEA", "North America", "LATAM", "APAC", "DACH", "Nordics", "UK&I", "Japan"];

    public static readonly string[] Products =
    [
        "Sales", "Customer Service", "Field Service", "Marketing", "Finance", "Supply Chain", "Commerce", "Project Operations",
        "Business Central", "Power Apps", "Copilot Studio", "Fabric", "Contact Center", "Human Resources",
    ];

    public static readonly string[] Competitors =
    [
        "Fabrikam", "Contoso", "Northwind", "Tailspin", "Adatum", "Litware", "Proseware", "Woodgrove", "Wingtip", "Lucerne",
    ];

    public static readonly string[] BuyerRoles =
    [
        "CFO", "CIO", "CTO", "COO", "Procurement", "Legal", "IT Director", "Head of Sales", "Operations Manager", "Security Officer", "End User",
    ];

    public static string[] TopicWords(PracticeTopic topic) => topic switch
    {
        PracticeTopic.ProspectingNewIndustry => ["prospecting", "vertical", "industry", "reference", "outreach", "segment", "account", "list", "trigger", "event", "newsletter", "peer"],
        PracticeTopic.Discovery => ["discovery", "questions", "pain", "current", "process", "workshop", "stakeholder", "interview", "gap", "impact", "priority", "goals"],
        PracticeTopic.Qualification => ["qualification", "budget", "authority", "need", "timeline", "meddic", "champion", "criteria", "decision", "process", "fit", "disqualify"],
        PracticeTopic.MessagingNewBuyerRole => ["messaging", "persona", "role", "value", "story", "executive", "language", "outcome", "metric", "deck", "narrative", "tailored"],
        PracticeTopic.DemoProof => ["demo", "proof", "concept", "pilot", "sandbox", "scenario", "script", "trial", "success", "criteria", "environment", "data"],
        PracticeTopic.CompetitiveDisplacement => ["competitor", "incumbent", "displacement", "switch", "migration", "battlecard", "weakness", "differentiation", "contract", "renewal", "risk", "comparison"],
        PracticeTopic.Pricing => ["pricing", "price", "discount", "licence", "tier", "bundle", "value", "roi", "payback", "cost", "quote", "margin"],
        PracticeTopic.Negotiation => ["negotiation", "procurement", "terms", "concession", "multi-year", "commitment", "legal", "redlines", "trade", "leverage", "walk-away", "deadline"],
        PracticeTopic.LargeDecisionUnit => ["committee", "consensus", "stakeholders", "map", "influencer", "sponsor", "alignment", "coalition", "blocker", "org", "chart", "meeting"],
        PracticeTopic.Closing => ["closing", "close", "signature", "mutual", "plan", "urgency", "quarter", "approval", "paperwork", "order", "form", "deadline"],
        PracticeTopic.HandoffToService => ["handoff", "onboarding", "service", "kickoff", "implementation", "success", "plan", "adoption", "support", "transition", "expectations", "partner"],
        _ => ["practice"],
    };
}
