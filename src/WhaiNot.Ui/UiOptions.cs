using System.ComponentModel.DataAnnotations;

namespace WhaiNot.Ui;

/// <summary>Settings of the web app (section Appliance:Ui).</summary>
public sealed class UiOptions
{
    public const string SectionName = "Appliance:Ui";

    /// <summary>Minutes without a key press, click or touch after which the page signs the worker out (a shared office PC).</summary>
    [Range(1, 480)]
    public int IdleMinutes { get; set; } = 20;
}
