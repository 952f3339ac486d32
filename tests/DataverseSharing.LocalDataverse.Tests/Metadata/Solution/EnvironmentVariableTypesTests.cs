using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;
using DataverseSharing.Testing.Solutions;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Solution;

/// <summary>An environment variable's default and current value must fit its definition's type; one that does not fails the read, naming the file and the variable.</summary>
public sealed class EnvironmentVariableTypesTests : IDisposable
{
    private readonly UnpackedSolutionBuilder solution = new();

    public void Dispose() => solution.Dispose();

    [Theory]
    [InlineData(EnvironmentVariableTypes.Number, "3.5")]
    [InlineData(EnvironmentVariableTypes.Number, "-12")]
    [InlineData(EnvironmentVariableTypes.Boolean, "yes")]
    [InlineData(EnvironmentVariableTypes.Boolean, "No")]
    [InlineData(EnvironmentVariableTypes.Boolean, "true")]
    [InlineData(EnvironmentVariableTypes.Json, "{\"retries\":3}")]
    [InlineData(EnvironmentVariableTypes.Json, "[1,2]")]
    [InlineData(EnvironmentVariableTypes.DataSource, "https://contoso.sharepoint.com/sites/ops")]
    [InlineData(EnvironmentVariableTypes.Secret, "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/secrets/api-key")]
    [InlineData(EnvironmentVariableTypes.String, "anything at all")]
    public void Read_ValueThatFitsItsType_Read(int type, string value)
    {
        solution.EnvironmentVariable("fab_Setting", defaultValue: value, currentValue: value, type: type);

        var rows = EnvironmentVariableReader.Read(SolutionSource.FromDirectory(solution.Root));

        Assert.Equal(value, rows[1]["value"]);
    }

    [Theory]
    [InlineData(EnvironmentVariableTypes.Number, "three", "is 'three', which is not a Number")]
    [InlineData(EnvironmentVariableTypes.Boolean, "maybe", "is 'maybe', which is not a Boolean (yes or no)")]
    [InlineData(EnvironmentVariableTypes.Json, "{retries: 3", "is not valid JSON")]
    [InlineData(EnvironmentVariableTypes.Secret, "api-key", "is 'api-key', which is not an Azure Key Vault secret reference")]
    public void Read_CurrentValueThatDoesNotFit_FailsNamingTheFileAndTheVariable(int type, string value, string problem)
    {
        solution.EnvironmentVariable("fab_Setting", defaultValue: null, currentValue: value, type: type);

        var error = Assert.Throws<MetadataException>(() => EnvironmentVariableReader.Read(SolutionSource.FromDirectory(solution.Root)));

        Assert.StartsWith("environmentvariabledefinitions/fab_Setting/environmentvariablevalues.json: The value of the environment variable 'fab_Setting' ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DefaultValueThatDoesNotFit_FailsNamingTheFileLineAndTheVariable()
    {
        solution.EnvironmentVariable("fab_Retries", defaultValue: "a few", type: EnvironmentVariableTypes.Number);

        var error = Assert.Throws<MetadataException>(() => EnvironmentVariableReader.Read(SolutionSource.FromDirectory(solution.Root)));

        Assert.Equal("environmentvariabledefinitions/fab_Retries/environmentvariabledefinition.xml(3): The default value of the environment variable 'fab_Retries' is 'a few', which is not a Number.", error.Message);
    }

    [Fact]
    public void CreateInMemory_FolderWithBadValue_RefusedNamingTheFolder()
    {
        solution.EnvironmentVariable("fab_Flag", defaultValue: null, currentValue: "sometimes", type: EnvironmentVariableTypes.Boolean);

        var error = Assert.Throws<MetadataException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions { SolutionFolders = [solution.Root] }));

        Assert.Contains($"Solution folder '{solution.Root}': environmentvariabledefinitions/fab_Flag/environmentvariablevalues.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("'fab_Flag' is 'sometimes', which is not a Boolean", error.Message, StringComparison.Ordinal);
    }
}
