using DataverseSharing.LocalDataverse.Service.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class CustomApiRowsTests
{
    private static readonly CustomApiDefinition Api = new("fab_Score")
    {
        BindingType = CustomApiBindingType.Entity,
        BoundEntityLogicalName = "account",
        IsFunction = true,
        ExecutePrivilegeName = "prvReadAccount",
        DisplayName = "Score",
        RequestParameters = [new("Weight", CustomApiFieldType.Decimal, IsOptional: true)],
        ResponseProperties = [new("Score", CustomApiFieldType.Integer)],
    };

    [Fact]
    public void For_Api_ApiRowThenItsParameterAndPropertyRowsLinkedToIt()
    {
        var rows = CustomApiRows.For([Api]);

        Assert.Equal(["customapi", "customapirequestparameter", "customapiresponseproperty"], rows.Select(r => r.LogicalName));
        var api = rows[0];
        Assert.Equal("fab_Score", api["uniquename"]);
        Assert.Equal(1, api.GetAttributeValue<OptionSetValue>("bindingtype")!.Value);
        Assert.Equal("account", api["boundentitylogicalname"]);
        Assert.Equal(true, api["isfunction"]);
        Assert.Equal("prvReadAccount", api["executeprivilegename"]);
        Assert.Equal("Score", api["displayname"]);
        var parameter = rows[1];
        Assert.Equal(api.ToEntityReference(), parameter["customapiid"]);
        Assert.Equal("fab_Score.Weight", parameter["name"]);
        Assert.Equal(2, parameter.GetAttributeValue<OptionSetValue>("type")!.Value);
        Assert.Equal(true, parameter["isoptional"]);
        Assert.False(rows[2].Contains("isoptional"));
        Assert.Equal(7, rows[2].GetAttributeValue<OptionSetValue>("type")!.Value);
    }

    [Fact]
    public void For_SameApiTwice_SameIds()
    {
        Assert.Equal(CustomApiRows.For([Api]).Select(r => r.Id), CustomApiRows.For([Api]).Select(r => r.Id));
    }
}
