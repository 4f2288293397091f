using WhaiNot.UiBench;

return await FirstPaintBench.RunAsync(args, Console.Out);
