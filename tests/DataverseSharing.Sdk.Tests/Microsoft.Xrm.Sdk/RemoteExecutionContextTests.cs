using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Sdk.Tests.Microsoft.Xrm.Sdk;

public class RemoteExecutionContextTests
{
    [Fact]
    public void ParentContext_ThroughThePluginInterface_IsTheParent()
    {
        var parent = new RemoteExecutionContext { MessageName = "Create" };
        IPluginExecutionContext context = new RemoteExecutionContext { ParentContext = parent, Stage = 40 };

        Assert.Same(parent, context.ParentContext);
        Assert.Equal(40, context.Stage);
    }

    [Fact]
    public void Collections_NewContext_AreEmptyAndWritable()
    {
        var context = new RemoteExecutionContext();

        context.SharedVariables["flag"] = true;

        Assert.Equal(true, context.SharedVariables["flag"]);
        Assert.Equal(0, context.InputParameters.Count);
        Assert.Equal(0, context.PreEntityImages.Count);
        Assert.Null(context.ParentContext);
    }
}
