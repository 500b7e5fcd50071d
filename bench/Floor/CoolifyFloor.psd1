# The benchmark's floor module (bench/Floor/CoolifyFloor.csproj): one cmdlet, listed explicitly as a module
# should, so PowerShell imports it the way it imports Coolify.
@{
    RootModule        = 'CoolifyFloor.dll'
    ModuleVersion     = '1.0.0'
    GUID              = '3f6d0c1e-8a5b-4f0e-9d2c-7b1a4e6f8c90'
    Description       = 'Benchmark floor: the least a compiled cmdlet does to list Coolify services.'
    PowerShellVersion = '7.6'
    CmdletsToExport   = @('Get-FloorService')
    FunctionsToExport = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}
