using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class PrivilegeNameTests
{
    [Theory]
    [InlineData("opportunity", Privilege.Read, "prvReadOpportunity")]
    [InlineData("account", Privilege.AppendTo, "prvAppendToAccount")]
    [InlineData("dvs_bestpractice", Privilege.Write, "prvWritedvs_BestPractice")]
    [InlineData("dvs_practicesuggestion", Privilege.Create, "prvCreatedvs_PracticeSuggestion")]
    [InlineData("systemuser", Privilege.Read, "prvReadUser")]
    [InlineData("opportunityclose", Privilege.Create, "prvCreateActivity")]
    [InlineData("businessunit", Privilege.Read, "prvReadBusinessUnit")]
    [InlineData("annotation", Privilege.Append, "prvAppendNote")]
    [InlineData("task", Privilege.Write, "prvWriteActivity")]
    public void For_CatalogTable_UsesSchemaNameOrDataversesSpecialName(string table, Privilege privilege, string expected)
    {
        var name = PrivilegeName.For(LocalMetadata.Default.GetTable(table), privilege);

        Assert.Equal(expected, name.Value);
        Assert.Equal(expected, name.ToString());
    }

    [Theory]
    [InlineData("prvAppendToOpportunity", Privilege.AppendTo, "Opportunity")]
    [InlineData("prvAppendOpportunity", Privilege.Append, "Opportunity")]
    [InlineData("prvAssigndvs_BestPractice", Privilege.Assign, "dvs_BestPractice")]
    [InlineData("prvSharedvs_BestPractice", Privilege.Share, "dvs_BestPractice")]
    [InlineData("prvDeleteUser", Privilege.Delete, "User")]
    public void TryParse_TablePrivilege_SplitsVerbAndTable(string text, Privilege privilege, string entity)
    {
        Assert.True(PrivilegeName.TryParse(text, out var name));

        Assert.Equal(privilege, name.Privilege);
        Assert.Equal(entity, name.EntityName);
    }

    [Theory]
    [InlineData("prvExportToExcel")]
    [InlineData("prvBulkDelete")]
    [InlineData("prvRead")]
    [InlineData("ReadAccount")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotATablePrivilege_ReturnsFalse(string? text)
    {
        Assert.False(PrivilegeName.TryParse(text, out var name));
        Assert.Null(name);
    }

    [Fact]
    public void Equals_DifferentCasingOfTable_IsTheSamePrivilege()
    {
        var written = new PrivilegeName(Privilege.Read, "dvs_BestPractice");
        var lower = new PrivilegeName(Privilege.Read, "dvs_bestpractice");

        Assert.Equal(written, lower);
        Assert.Equal(written.GetHashCode(), lower.GetHashCode());
        Assert.Equal(written.Id, lower.Id);
    }

    [Fact]
    public void Equals_DifferentVerb_IsAnotherPrivilege()
    {
        Assert.NotEqual(new PrivilegeName(Privilege.Read, "Account"), new PrivilegeName(Privilege.Write, "Account"));
        Assert.NotEqual(new PrivilegeName(Privilege.Read, "Account").Id, new PrivilegeName(Privilege.Write, "Account").Id);
    }

    [Fact]
    public void Id_SameName_IsStableAndVersion8()
    {
        var id = new PrivilegeName(Privilege.Read, "Opportunity").Id;

        Assert.Equal(id, new PrivilegeName(Privilege.Read, "Opportunity").Id);
        Assert.Equal('8', id.ToString("D")[14]);
    }

    [Fact]
    public void Constructor_EmptyTable_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PrivilegeName(Privilege.Read, " "));
    }
}
