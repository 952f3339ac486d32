namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>A step with where it was registered (a file, an assembly, code), so an error can say where to look.</summary>
internal sealed record SourcedStep(StepDefinition Step, string Source)
{
    public string Describe() => $"{Source}: step {Step.Id:D} ({Step.DisplayName})";
}
