namespace DataverseSharing.RelevanceEval.Data.Json;

internal sealed class DealJson
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Industry { get; set; }
    public string? Region { get; set; }
    public string? Stage { get; set; }
    public decimal? EstimatedValue { get; set; }
    public List<string>? Products { get; set; }
    public List<string>? Competitors { get; set; }
    public List<string>? BuyerRoles { get; set; }
    public int? DecisionUnitSize { get; set; }
    public string? Description { get; set; }
    public List<string>? PracticesUsed { get; set; }
    public List<string>? Dismissed { get; set; }
}
