using DataverseSharing.RelevanceEval.Data;

namespace DataverseSharing.RelevanceEval.Synthetic;

/// <summary>
/// How one topic looks on both sides: the article wording a practice is written with, and the different, rep-style
/// wording a deal that needs it is described with. Slots: {industry}, {competitor}, {role}, {product}.
/// </summary>
internal sealed record TopicTemplate(
    Topic Topic,
    IReadOnlyList<Stage> Stages,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Summaries,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<string> DealNotes,
    IReadOnlyList<Topic> Neighbours);
