namespace WhaiNot.Documents.Pdf;

/// <summary>Puts groups of lines on pages, keeping headings with their text and short blocks whole.</summary>
internal static class Paginator
{
    /// <param name="groups">The laid-out groups, in order.</param>
    /// <param name="top">Where text starts on a page.</param>
    /// <param name="bottom">Where text must end on a page.</param>
    /// <param name="firstTop">Where the first page's text starts (lower than <paramref name="top"/> below a logo); null for <paramref name="top"/>.</param>
    public static List<List<PlacedLine>> Paginate(IReadOnlyList<BlockGroup> groups, float top, float bottom, float? firstTop = null)
    {
        var pages = new List<List<PlacedLine>> { new() };
        var y = firstTop ?? top;
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            if (group.Lines.Count == 0)
            {
                continue;
            }

            var atTop = pages[^1].Count == 0;
            var space = atTop ? 0 : group.SpaceBefore;
            var needed = Needed(groups, i);
            if (!atTop && y + space + needed > bottom && needed <= bottom - top)
            {
                pages.Add([]);
                y = top;
                space = 0;
            }

            y += space;
            foreach (var line in group.Lines)
            {
                // A line taller than a page still goes somewhere: on a page of its own.
                if (y + line.Height > bottom && pages[^1].Count > 0)
                {
                    pages.Add([]);
                    y = top;
                }

                pages[^1].Add(new PlacedLine(line, y));
                y += line.Height;
            }
        }

        return pages;
    }

    /// <summary>How much must fit below the cursor before this group may start on the current page.</summary>
    private static float Needed(IReadOnlyList<BlockGroup> groups, int index)
    {
        var group = groups[index];

        // Without "keep together", at least two lines: no lone first line at the foot of a page.
        var needed = group.KeepTogether ? group.Height : group.Lines.Take(2).Sum(line => line.Height);
        if (group.KeepWithNext && index + 1 < groups.Count && groups[index + 1].Lines.Count > 0)
        {
            needed += groups[index + 1].SpaceBefore + groups[index + 1].Lines[0].Height;
        }

        return needed;
    }
}
