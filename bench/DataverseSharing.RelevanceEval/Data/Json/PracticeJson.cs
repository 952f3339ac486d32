namespace DataverseSharing.RelevanceEval.Data.Json;

// Wire shapes of the data files. Enum-like values stay strings here so the loader can report an unknown value
// with the record id and field, instead of a serializer error that only knows a character offset.

internal sealed class PracticeJson
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? Summary { get; set; }
    public string? Body { get; set; }
    public string? Topic { get; set; }
    public List<string>? Industries { get; set; }
    public List<string>? Regions { get; set; }
    public List<string>? ProductFamilies { get; set; }
    public string? DealSizeBand { get; set; }
    public List<string>? SalesStages { get; set; }
    public List<string>? BuyerRoles { get; set; }
    public List<string>? Competitors { get; set; }
    public List<string>? Keywords { get; set; }
    public string? Status { get; set; }
    public string? ApprovedOn { get; set; }
    public string? ExpiresOn { get; set; }
    public EffectivenessJson? Effectiveness { get; set; }
}

internal sealed class EffectivenessJson
{
    public int AppliedWon { get; set; }
    public int AppliedLost { get; set; }
    public int BaselineWon { get; set; }
    public int BaselineLost { get; set; }
}
