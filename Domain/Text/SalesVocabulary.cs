using System.Collections.Generic;

namespace DataverseSharing.Domain.Text;

/// <summary>
/// The built-in sales concepts of <see cref="SalesThesaurus.Default"/>: how B2B sales playbooks name a situation and
/// how reps describe the same situation in their own words. Grouped by the stage of a deal where it usually comes
/// up. Phrases are matched after stemming and stop-word removal, so "planned to spend" also matches "plans to spend"
/// and "he had planned on spending"; a phrase whose words are all stop words never matches.
/// </summary>
internal static class SalesVocabulary
{
    public static IReadOnlyList<ConceptGroup> Groups { get; } =
    [
        // Prospecting and qualification
        new("new industry", "new industry|vertical|hypothesis|outreach|peer benchmark",
            "never sold to|never sold into|first customer in|new vertical|new market|new sector|new segment|new territory|unfamiliar industry|break into|no references in|first deal in|never worked with|no experience in|new to us|went over my head|first time in|never sold in"),
        new("compelling event", "compelling event|urgency|deadline|cost of inaction",
            "no rush|no urgency|no deadline|looking at options|exploring options|exploring|just looking|next year|someday|nice to have|no timeline|no date|why now|kicking tyres|kicking tires|browsing|gathering information|early days|not a priority|no pressure"),
        new("qualification", "qualification|meddicc|bid no-bid|decision criteria|presales",
            "worth pursuing|real opportunity|tyre kicker|tire kicker|go no go|should we bid|win probability|chances of winning|pipeline review|qualify|qualified|how serious"),
        new("budget", "budget|funding|budget holder|money",
            "planned to spend|plan to spend|set aside|put aside|over budget|out of budget|afford|too expensive|expensive|pricey|costs too much|cost too much|more than expected|no money|funds|allocated|budget line|spend this year|budget cycle|capital budget|money for it|best price|cheapest|price sensitive|tight budget|cost conscious|no budget|budget freeze|budget cut|budget cuts|spending freeze|cost cutting"),
        new("economic buyer", "economic buyer|budget holder|c-level",
            "managing director|chief executive|ceo|president|general manager|founder|owner|owners|decision maker|final say|signs off|holds the budget|c-suite|senior leadership|top management|head of the business|group ceo|managing partner|board member|chairman|vice president"),
        new("champion", "champion|internal selling|coach|sponsor",
            "internal advocate|advocate|loves our product|loves us|likes us|big fan|push it internally|sell it internally|sell internally|ally|supporter|our contact|our sponsor"),
        new("single-threaded", "single-threaded|multi-threading|relationships|contacts",
            "only one contact|single contact|one contact|only talk to|single point of contact|no other contacts|one relationship|only know"),

        // Discovery and messaging
        new("pain", "pain|discovery|root cause|impact|bottleneck|workarounds",
            "pain point|problem|frustrated|frustration|struggling|complaints|spreadsheets|manual|inefficient|backlog|errors|waste|firefighting|workaround"),
        new("finance", "cfo|finance|finance director|controller",
            "finance leadership|finance team|finance department|financial director|chief financial officer|treasurer|accountants|head of finance|finance people|fd|commercial director|finance manager|financial controller|finance chief"),
        new("it leadership", "cio|head of it|architecture|integration",
            "it director|it department|central it|it team|cto|chief information officer|chief technology officer|it head|it manager|architects|enterprise architecture"),
        new("security leadership", "ciso|security chief|security",
            "security team|security officer|chief information security officer|head of security|security operations|soc team|head of cyber|cyber|cybersecurity|cyber security|information security|security architect"),
        new("roi", "roi|payback|business case|justification|quantify",
            "pays back|pay back|pay for itself|pays for itself|return on investment|justify|worth it|value case|savings|save money|cost savings|benefits case|make the case"),
        new("total cost", "total cost|tco",
            "three year cost|five year cost|lifetime cost|running costs|cost of ownership|hidden costs|true cost|long term cost"),
        new("executive summary", "executive summary|one page|c-level",
            "one pager|one-pager|short version|brief them|board pack|no time to read|too long|summary for the board|wont read|will not read|too many pages|short slot|15 minute slot"),
        new("end users", "end users|users|user research|adoption|super-users",
            "staff|employees|frontline|front line|floor staff|workers|nurses|clinicians|technicians|engineers|agents|store managers|the people who use"),

        // Demo and proof
        new("proof", "proof of concept|pilot|trial|success criteria|poc|proof",
            "free trial|try it|try before|test drive|evaluation licence|evaluation license|test it|bake off|bake-off|shootout|hands on|see it working|prove it|prove that|sandbox|play with it|trial period|try it out|test environment|evaluation period|pilot period"),
        new("demo", "demo|tailored demo|scenario",
            "demonstration|walkthrough|walk through|product tour|show the product|see it in action|show them|their own data|generic demo"),
        new("reference", "reference|customer reference|peer call|reference visit",
            "references|speak to a customer|talk to a customer|another customer|someone like them|case study|case studies|site visit|who else uses|other customers|similar company|who else|other customers like|peer customers|customer stories"),
        new("risk", "risk|operational resilience",
            "risky|afraid|worried|nervous|cautious|hesitant|fear|safe choice|disrupting|disruption|what if it fails"),

        // Competition
        new("incumbent", "incumbent|migration|upgrade|coexistence",
            "current vendor|existing vendor|current supplier|existing supplier|current system|legacy|switching|switch|replace|replacing|rip and replace|currently on|currently uses|currently use|locked in|lock in|renew with|everything is in|existing system|running on|current tool|current tools|their own tools"),
        new("competitor price", "price drop|floor price|walk-away",
            "undercut|undercutting|cheaper offer|lower bid|dropped their price|price war|lowball|lowballed|slashed|cheaper"),
        new("decision criteria", "decision criteria|requirements|specification|scorecard",
            "criteria|evaluation criteria|spec|checklist|wish list|must haves|scoring|weighting|shortlist|shortlisted"),

        // Pricing and negotiation
        new("multi-year", "multi-year|ramp|phasing|commitments|enterprise agreement",
            "spread over|spread the spend|spread the cost|over three years|over two years|over five years|three year|multi year|multiyear|year one|in stages|phased|phase it|step up|gradually"),
        new("payment terms", "payment terms|cash flow|payment schedule|cash",
            "extended terms|pay later|net 90|net 60|net 120|in arrears|deferred payment|invoice schedule|quarterly payments|instalments|installments|pay monthly|pay annually upfront"),
        new("price lock", "price lock|multi-year",
            "price protection|price cap|lock the price|fixed price|no price increase|price increases|price hold"),
        new("discount", "discount|concession|give-get|offer",
            "percent|money off|price cut|cut the price|lower price|reduce the price|price reduction|knock off|match the price|price match|rebate|better price|sharpen|best price"),
        new("best and final", "best and final offer|final offer|negotiation",
            "bafo|best and final|last offer|final price|final round"),
        new("procurement", "procurement|purchasing|sourcing",
            "purchasing|sourcing|purchasing department|purchase department|buying department|sourcing team|category manager|vendor management|supplier management|commercial team|procurement team|supplier registration|vendor registration|supplier onboarding|vendor onboarding|sourcing department"),
        new("tender", "tender|rfp|request for proposal|public procurement|framework|tender rules",
            "rfq|rfi|invitation to tender|public tender|framework agreement|procurement portal|call for tenders|scoring matrix|evaluation matrix|bid"),
        new("reverse auction", "reverse auction|e-auction",
            "online auction|auction|bidding event"),
        new("meet in the middle", "split the difference|concession",
            "meet in the middle|meet halfway|halfway|middle ground"),
        new("added value", "added value|training|discount alternative",
            "throw in|for free|bundle|bundled|value add|sweetener|extras"),
        new("small deal", "small deal|editions|packages|quick quote|small business",
            "small company|small business|small firm|start small|few users|small team|small budget|off the shelf|standard package|cheap option"),

        // Large decision units
        new("buying committee", "buying committee|committee|steering group|consensus|stakeholder map|governance",
            "steering committee|working group|many stakeholders|lots of people|several departments|multiple departments|everyone has a say|decision by committee|outvoted|evaluation panel|panel|many people involved|stakeholders|cross functional|not consulted|left out|feel excluded|bypassed|went around them"),
        new("global deal", "headquarters|regions|global rollout|multinational",
            "hq|head office|group level|global|subsidiaries|countries|local teams|regional offices|international|country managers"),

        // Closing
        new("approval", "approval|board|investment committee|spend approval|thresholds|sign-off",
            "board meeting|board approval|capital request|capex|approval committee|sign off|approval process|approvers|signature authority|delegation of authority|needs approval|executive committee|exco|investment board|capital committee"),
        new("signature", "signature|order form|close plan|close date|mutual action plan",
            "signing|signed|purchase order|get it signed|paperwork|timeline to sign|ready to sign|mutual plan|sign the contract"),
        new("quarter end", "quarter end|fast close|deadline",
            "end of quarter|end of the quarter|year end|end of year|financial year ends|fiscal year ends|before the year ends|this quarter"),
        new("legal review", "legal|redlines|lawyers|counsel|contract|liability",
            "legal team|legal review|attorney|attorneys|general counsel|contract review|redline|mark up|markup|terms and conditions|indemnity|msa|master agreement|clauses"),
        new("data protection", "data protection|gdpr|data residency|compliance|security",
            "security questionnaire|security review|infosec|penetration test|pen test|soc 2|iso 27001|privacy|dpa|where data is stored|data sovereignty|hosted in|audit|regulator|regulatory|patient records|patient data|personal data|sensitive data|data privacy|hipaa|pci"),
        new("champion leaves", "champion left|successor|sponsor change",
            "resigned|has resigned|leaving|left the company|moved on|new role|replacement|replaced|new contact|contact left|sponsor left|restructuring|reorganisation|reorganization|reorg|new boss|starts next month|handed in her notice|handed in his notice|handed in notice|gave notice|given notice|giving notice|notice period|quit|quitting|last day|leaving the company|moving on|new job|headhunted|poached|on leave|parental leave|maternity leave|retiring"),
        new("stalled", "stalled deal|no response|re-engage|momentum|no decision",
            "gone quiet|went quiet|gone dark|went dark|silent|no reply|not replying|no answer|ghosting|ghosted|stalled|stuck|nothing has moved|nothing moved|no progress|on hold|paused|radio silence|stopped responding|not responding|slipped|keeps slipping|pushed out|delayed|silence|no news|doesnt answer|not answering|unresponsive|cancelled|canceled|postponed|rescheduled|dragging|dragged on|went cold|gone cold|cold feet"),

        // Handoff to service
        new("go-live", "go-live|implementation|cutover|onboarding|hypercare|kickoff",
            "go live|went live|launch|rollout|roll out|implement|deployment|deploy|cut over|switch over|migrate|kick off|start date|project team|day one|first day|take over|takeover|taking over|goes live|going live|launch date"),
        new("training", "training|adoption|end users|super-users|enablement",
            "train|learn the system|user adoption|change management|resistance|get people using"),
        new("downtime", "downtime|outage|runbooks",
            "system down|interruption|service interruption|disruption to operations|offline"),
        new("handoff", "handoff|delivery|customer success|promises|expectations|transition",
            "handover|hand over|hand off|professional services|services team|account management|what we promised|promised|commitments made|delivery team"),
        new("success plan", "success plan|metrics|90 days|adoption",
            "first 90 days|90 day|value realisation|value realization|kpis|measure success|success metrics|adoption targets"),
    ];
}
