using System.Text;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;
using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Security;

public class RoleXmlReaderTests
{
    private const string Id = "{5f0c1d7e-8a44-4f1e-9d53-0b7f6f0c2a11}";

    private static SolutionFile File(string path, string text) => new(path, () => new MemoryStream(Encoding.UTF8.GetBytes(text)));

    private static string RoleXml(string privileges, string name = "Deal Desk", string id = Id, string extra = "") =>
        $"""
        <?xml version="1.0" encoding="utf-8"?>
        <Role id="{id}" name="{name}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <IsCustomizable>1</IsCustomizable>{extra}
          <RolePrivileges>
        {privileges}
          </RolePrivileges>
        </Role>
        """;

    private static SecurityRole Read(string text, string path = "Roles/Deal Desk.xml") => RoleXmlReader.Read(File(path, text));

    private static MetadataException Fails(string text, string path = "Roles/Deal Desk.xml") =>
        Assert.Throws<MetadataException>(() => Read(text, path));

    [Fact]
    public void Read_ValidRole_ReadsIdNameAndEachPrivilegeAtItsDepth()
    {
        var role = Read(RoleXml("""
                <RolePrivilege name="prvReadOpportunity" level="Deep" />
                <RolePrivilege name="prvWritedvs_BestPractice" level="Basic" />
                <RolePrivilege name="prvReadAccount" level="Local" />
                <RolePrivilege name="prvExportToExcel" level="Global" />
            """));

        Assert.Equal(new Guid(Id), role.Id);
        Assert.Equal("Deal Desk", role.Name);
        Assert.Null(role.BusinessUnitId);
        Assert.Equal(MemberPrivilegeInheritance.DirectUserBasicAndTeam, role.Inheritance);
        Assert.Equal(4, role.Privileges.Count);
        Assert.Equal(AccessDepth.ParentChildBusinessUnits, role.DepthFor(SalesOrganization.Opportunity, Privilege.Read));
        Assert.Equal(AccessDepth.User, role.DepthFor(SalesOrganization.BestPractice, Privilege.Write));
        Assert.Equal(AccessDepth.BusinessUnit, role.DepthFor(SalesOrganization.Account, Privilege.Read));
    }

    [Fact]
    public void Read_IsInheritedZero_IsTeamPrivilegesOnly()
    {
        var role = Read(RoleXml("", extra: "\n  <IsInherited>0</IsInherited>"));

        Assert.Equal(MemberPrivilegeInheritance.TeamPrivilegesOnly, role.Inheritance);
    }

    [Fact]
    public void Read_ElementsNewerThanTheReader_AreIgnored()
    {
        var role = Read(RoleXml("""<RolePrivilege name="prvReadAccount" level="Global" />""", extra: "\n  <IsAutoAssigned>0</IsAutoAssigned>"));

        Assert.Single(role.Privileges);
    }

    [Fact]
    public void Read_NoRolePrivileges_IsARoleWithoutPrivileges()
    {
        var role = Read($"""<Role id="{Id}" name="Deal Desk" />""");

        Assert.Empty(role.Privileges);
    }

    [Fact]
    public void Read_UnknownLevel_NamesFileLineAndLevel()
    {
        var error = Fails(RoleXml("""
                <RolePrivilege name="prvReadAccount" level="Global" />
                <RolePrivilege name="prvReadOpportunity" level="Organization" />
            """));

        Assert.Equal(new SourceLocation("Roles/Deal Desk.xml", 6), error.Location);
        Assert.StartsWith("Roles/Deal Desk.xml(6): ", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Organization'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SamePrivilegeTwice_NamesBothLines()
    {
        var error = Fails(RoleXml("""
                <RolePrivilege name="prvReadAccount" level="Global" />
                <RolePrivilege name="prvReadAccount" level="Basic" />
            """));

        Assert.Equal(6, error.Location?.Line);
        Assert.Contains("already granted on line 5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingLevel_NamesTheLine()
    {
        var error = Fails(RoleXml("""<RolePrivilege name="prvReadAccount" />"""));

        Assert.Equal(5, error.Location?.Line);
        Assert.Contains("no level attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NameWithoutPrvPrefix_Throws()
    {
        var error = Fails(RoleXml("""<RolePrivilege name="ReadAccount" level="Global" />"""));

        Assert.Contains("'ReadAccount' is not a privilege name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_IdNotAGuid_Throws()
    {
        var error = Fails(RoleXml("", id: "deal-desk"));

        Assert.Equal(2, error.Location?.Line);
        Assert.Contains("'deal-desk' is not a GUID", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingName_Throws()
    {
        var error = Fails($"""<Role id="{Id}"><RolePrivileges /></Role>""");

        Assert.Contains("<Role> has no name attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FileNotNamedAfterTheRole_Throws()
    {
        var error = Fails(RoleXml(""), "Roles/Copy of Deal Desk.xml");

        Assert.Contains("must be in Roles/Deal Desk.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedXml_NamesFileAndLine()
    {
        var error = Fails("<?xml version=\"1.0\"?>\n<Role id=\"x\" name=\"Deal Desk\">\n  <RolePrivileges>\n</Role>");

        Assert.Equal("Roles/Deal Desk.xml", error.Location?.File);
        Assert.Equal(4, error.Location?.Line);
        Assert.Contains("Malformed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongRootElement_Throws()
    {
        var error = Fails("<Entity />");

        Assert.Contains("Expected the root element <Role>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_MixedFiles_ReadsOnlyFilesDirectlyInRoles()
    {
        var roles = RoleXmlReader.ReadAll(
        [
            File("Other/Solution.xml", "<ImportExportXml />"),
            File("Roles/Deal Desk.xml", RoleXml("")),
            File("Roles/Archive/Old.xml", "not even xml"),
        ]);

        Assert.Equal(["Deal Desk"], roles.Select(r => r.Name));
    }

    [Fact]
    public void ReadAll_SameIdInTwoFiles_NamesBothFiles()
    {
        var error = Assert.Throws<MetadataException>(() => RoleXmlReader.ReadAll(
        [
            File("Roles/Deal Desk.xml", RoleXml("")),
            File("Roles/Deal Desk 2.xml", RoleXml("", name: "Deal Desk 2")),
        ]));

        Assert.Contains("Roles/Deal Desk 2.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("also used by Roles/Deal Desk.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_SameNameDifferentCase_Throws()
    {
        var error = Assert.Throws<MetadataException>(() => RoleXmlReader.ReadAll(
        [
            File("Roles/Deal Desk.xml", RoleXml("")),
            File("Roles/deal desk.xml", RoleXml("", name: "deal desk", id: "{6f0c1d7e-8a44-4f1e-9d53-0b7f6f0c2a11}")),
        ]));

        Assert.Contains("'deal desk' is also used by Roles/Deal Desk.xml", error.Message, StringComparison.Ordinal);
    }
}
