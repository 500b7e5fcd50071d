# Part of build/Write-MamlHelp.ps1 (dot-sourced): the help of one cmdlet as one record, merged from the
# doc comments (Help.DocComments.ps1), Get-Command (Help.CommandInfo.ps1) and the module's operation
# table (the routes each cmdlet calls, for its notes). The MAML and Markdown writers both render this
# record, so Get-Help and docs/cmdlets say the same. Reads $members, $commands, $module, $operations
# (Get-ApiRoutesByCmdlet) and $docsBase, which Write-MamlHelp.ps1 sets.

# The permission (token ability) a route needs, as Coolify's routes/api.php gives them: GET needs read
# (/health nothing), actions that run or stop something need deploy, everything else write.
function Get-Ability([string] $Method, [string] $Path) {
    if ($Path -eq '/health') { return 'no token at all' }
    if ($Method -eq 'GET') { return 'the read permission' }
    if ($Path -match '^/(enable|disable|mcp/enable|mcp/disable)$') { return 'the write permission and a token of the root team' }
    if ($Path -eq '/deploy' -or $Path -match '/(start|stop|restart|rollback|cancel)$') { return 'the deploy permission' }
    'the write permission'
}

# The API routes each cmdlet calls, from the module's operation table (internal, hence reflection):
# cmdlet name -> records of Route, OperationId and Ability, in the table's order.
function Get-ApiRoutesByCmdlet([Reflection.Assembly] $Assembly) {
    $flags = [Reflection.BindingFlags]'NonPublic, Public, Static, Instance'
    $opsType = $Assembly.GetType('Coolify.Http.ApiOperations')
    $operations = @{}
    foreach ($op in $opsType.GetProperty('All', $flags).GetValue($null)) {
        $get = { param($n) $op.GetType().GetProperty($n, $flags).GetValue($op) }
        $cmdlet = & $get 'Cmdlet'
        $method = & $get 'Method'
        $path = & $get 'PathTemplate'
        if (-not $operations.ContainsKey($cmdlet)) { $operations[$cmdlet] = [System.Collections.Generic.List[object]]::new() }
        $operations[$cmdlet].Add([pscustomobject]@{ Route = "$method /api/v1$path"; OperationId = (& $get 'OperationId'); Ability = (Get-Ability $method $path) })
    }
    $operations
}

function Get-CmdletHelp($Command) {
    $classDoc = $members['T:' + $Command.ImplementingType.FullName]
    $gaps = [System.Collections.Generic.List[string]]::new()
    $synopsis = if ($classDoc) { (Get-Paragraphs $classDoc.SelectSingleNode('summary')) -join ' ' } else { '' }
    $description = @(if ($classDoc) { Get-Paragraphs $classDoc.SelectSingleNode('remarks') })
    $examples = @(if ($classDoc) { Get-Examples $classDoc })
    $parameters = @(Get-ParameterInfo $Command)
    if (-not $synopsis) { $gaps.Add('synopsis') }
    if (-not $description.Count) { $gaps.Add('description') }
    if (-not $examples.Count) { $gaps.Add('examples') }
    foreach ($p in $parameters | Where-Object { -not $_.Description.Count }) { $gaps.Add("-$($p.Name)") }
    if ($gaps.Count) { Write-Warning "$($Command.Name): no help text for $($gaps -join ', ')." }

    $notes = @()
    if ($operations.ContainsKey($Command.Name)) {
        $calls = @($operations[$Command.Name])
        $notes += "Coolify API: $(if ($calls.Count -gt 1) { 'the parameters choose one of ' })" + (($calls | ForEach-Object { "$($_.Route) ($($_.OperationId)), which needs $($_.Ability)" }) -join '; ') + '.'
        $notes += 'A token without the permission gets an error with ErrorId CoolifyPermissionDenied that names it. See about_Coolify for connections, errors, the rate limit and -ThrottleLimit.'
    }
    else {
        $notes += 'It sends no request of its own. See about_Coolify for connections, errors, the rate limit and -ThrottleLimit.'
    }

    # Related: what the doc comments name, then the cmdlets the examples use, then the same noun's family.
    $related = [System.Collections.Generic.List[object]]::new()
    $related.Add([pscustomobject]@{ Text = 'Online Version:'; Uri = "$docsBase/$($Command.Name).md" })
    $seen = @{ $Command.Name = $true }
    $addCmdlet = { param($name) if ($name -and -not $seen.ContainsKey($name) -and (Get-Command $name -Module $module.Name -ErrorAction Ignore)) { $seen[$name] = $true; $related.Add([pscustomobject]@{ Text = $name; Uri = '' }) } }
    if ($classDoc) {
        foreach ($s in @($classDoc.SelectNodes('seealso'))) {
            if ($s.HasAttribute('cref')) { & $addCmdlet (Get-CrefText $s.GetAttribute('cref')) }
            elseif ($s.HasAttribute('href')) { $related.Add([pscustomobject]@{ Text = ($s.InnerText.Trim()); Uri = $s.GetAttribute('href') }) }
        }
    }
    foreach ($e in $examples) {
        foreach ($m in [regex]::Matches([string]$e.Code, '\b[A-Z][a-z]+-Coolify[A-Za-z]*\b')) { & $addCmdlet $m.Value }
    }
    foreach ($c in $commands | Where-Object Noun -eq $Command.Noun) { & $addCmdlet $c.Name }
    $related.Add([pscustomobject]@{ Text = 'about_Coolify'; Uri = '' })

    [pscustomobject]@{
        Name = $Command.Name; Verb = $Command.Verb; Noun = $Command.Noun; Synopsis = $synopsis; Description = $description
        Parameters = $parameters; Examples = $examples; Inputs = @(Get-InputTypes $Command $parameters); Outputs = @(Get-ReturnTypes $Command)
        Notes = $notes; Related = $related.ToArray(); Command = $Command; Gaps = $gaps.Count
    }
}
