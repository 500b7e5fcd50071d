# Builds one call per operation for the contract suite: the hand-written cmdlets' calls come from
# HandCases.ps1; the declarative cmdlets' calls are made here from build/api-map.txt, the cmdlet's
# parameters (the [ApiPath]/[ApiQuery]/[ApiBody] attributes say which field each one fills) and the
# document, with the mandatory parameters of the operation's set and every field the document requires.
. (Join-Path $PSScriptRoot 'HandCases.ps1')

function Get-ApiAttribute($Property) {
    foreach ($a in $Property.GetCustomAttributes($true)) {
        $kind = $a.GetType().Name -replace 'Attribute$', ''
        if ($kind -in 'ApiPath', 'ApiQuery', 'ApiBody') {
            return [pscustomobject]@{ Kind = $kind; Name = $a.GetType().GetProperty('Name', [Reflection.BindingFlags]'NonPublic,Instance').GetValue($a) }
        }
    }
}

function Get-SampleValue($Parameter, $Schema) {
    $validateSet = @($Parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] })
    if ($validateSet) { return $validateSet[0].ValidValues[0] }
    $type = $Parameter.ParameterType
    if ($type -eq [switch] -or $type -eq [Nullable[bool]]) { return $true }
    if ($type -eq [securestring]) { return (ConvertTo-SecureString 'contract-secret-value' -AsPlainText -Force) }
    if ($type -in [int], [long], [double]) { return 1 }
    if ($type -eq [System.Collections.IDictionary]) { return @{ enabled = $true } }
    $format = if ($Schema -and $Schema.ContainsKey('format')) { $Schema.format } else { '' }
    $text = switch ($format) { 'uuid' { $Guid } 'email' { 'ops@example.com' } { $_ -in 'uri', 'url' } { 'https://example.com' } default { $Id } }
    if ($Schema -and $Schema.ContainsKey('type') -and $Schema.type -eq 'integer') { return 1 }
    if ($type -eq [string[]]) { return @($text) }
    if ($type -eq [object]) { return $(if ($Schema -and $Schema.type -eq 'array') { @() } else { @{} }) }
    $text
}

function Get-ContractCall($Spec, [string] $MapPath) {
    $operations = @{}
    foreach ($path in $Spec.paths.Keys) { foreach ($m in $Spec.paths[$path].Keys) { $operations[$Spec.paths[$path][$m].operationId] = $Spec.paths[$path][$m] } }
    $ServerRules = Import-PowerShellDataFile -SkipLimitCheck (Join-Path $PSScriptRoot '../../build/server-rules.psd1')
    $calls = @{}
    foreach ($opId in $HandCases.Keys) { $calls[$opId] = @{ Script = $HandCases[$opId]; Deviation = $null } }

    $entries = foreach ($line in Get-Content $MapPath) {
        $line = $line.Trim()
        if (-not $line -or $line.StartsWith('#')) { continue }
        $cols = $line -split '\s+'
        $options = @{}
        foreach ($opt in $cols | Select-Object -Skip 3) { $kv = $opt -split '=', 2; $options[$kv[0]] = if ($kv.Count -gt 1) { $kv[1] } else { $true } }
        [pscustomobject]@{ OperationId = $cols[0]; Cmdlet = $cols[1]; Set = $cols[2]; Options = $options }
    }
    $discriminators = @{}
    foreach ($e in $entries | Where-Object { $_.Options.type }) { if (-not $discriminators.ContainsKey($e.Cmdlet)) { $discriminators[$e.Cmdlet] = $e.Options.disc ?? 'Type' } }

    foreach ($entry in $entries | Where-Object { -not $_.Options.hand }) {
        $command = Get-Command $entry.Cmdlet
        # A route the server has beyond the document: Prism does not know it and must refuse it.
        $op = $operations[$entry.OperationId]
        $beyond = $null -eq $op
        if ($beyond) { $op = @{ parameters = @() } }
        $bodySource = if ($entry.Options.bodyfrom) { $operations[$entry.Options.bodyfrom] } else { $op }
        $bodySchema = if ($bodySource.ContainsKey('requestBody')) { $bodySource.requestBody.content['application/json'].schema } else { $null }
        $required = if ($bodySchema -and $bodySchema.ContainsKey('required')) { @($bodySchema.required) } else { @() }
        $arguments = [ordered]@{}
        $setName = if ($command.ParameterSets.Count -eq 1 -or $entry.Options.type) { $command.ParameterSets[0].Name } else { $entry.Set }
        $set = $command.ParameterSets | Where-Object Name -eq $setName
        # A route split into sets by its fields (New-CoolifyService -Type or -DockerCompose) is called in the default one.
        if (-not $set) { $set = $command.ParameterSets | Where-Object IsDefault }
        if ($entry.Options.type) { $arguments[$discriminators[$entry.Cmdlet]] = $entry.Options.type }
        foreach ($p in $set.Parameters) {
            if ($arguments.Contains($p.Name)) { continue }
            $property = $command.ImplementingType.GetProperty($p.Name)
            $api = if ($property) { Get-ApiAttribute $property } else { $null }
            $schema = $null
            if ($api -and $api.Kind -eq 'ApiBody' -and $bodySchema -and $bodySchema.properties.Contains($api.Name)) { $schema = $bodySchema.properties[$api.Name] }
            if ($api -and $api.Kind -eq 'ApiQuery') { $schema = @($op.parameters | Where-Object { $_.in -eq 'query' -and $_.name -eq $api.Name })[0].schema }
            $needed = $p.IsMandatory -or ($api -and $api.Kind -eq 'ApiBody' -and $api.Name -in $required)
            if ($needed) { $arguments[$p.Name] = Get-SampleValue $p $schema }
        }
        # A route with a body (an update, an import) gets at least one field.
        $bodyParams = @($set.Parameters | Where-Object { $property = $command.ImplementingType.GetProperty($_.Name); $property -and (Get-ApiAttribute $property).Kind -eq 'ApiBody' })
        if (($bodySchema -or $beyond) -and -not @($bodyParams | Where-Object { $arguments.Contains($_.Name) }) -and $bodyParams) {
            $first = $bodyParams[0]
            $wire = (Get-ApiAttribute $command.ImplementingType.GetProperty($first.Name)).Name
            $arguments[$first.Name] = Get-SampleValue $first $(if ($bodySchema) { $bodySchema.properties[$wire] })
        }
        # What the server requires beyond the document (build/server-rules.psd1): one of a group, or a field another one needs.
        $rule = $ServerRules[$entry.OperationId]
        $byWire = @{}
        foreach ($p in $set.Parameters) { $property = $command.ImplementingType.GetProperty($p.Name); $a = if ($property) { Get-ApiAttribute $property }; if ($a -and -not $byWire.ContainsKey($a.Name)) { $byWire[$a.Name] = $p } }
        if ($rule) {
            foreach ($group in @($rule.RequiredOneOf | Where-Object { $_ })) {
                $given = @($group | Where-Object { $byWire.ContainsKey($_) -and $arguments.Contains($byWire[$_].Name) })
                if (-not $given -and $byWire.ContainsKey($group[0])) { $arguments[$byWire[$group[0]].Name] = Get-SampleValue $byWire[$group[0]] $null }
            }
            foreach ($field in @($rule.RequiredWhen.Keys | Where-Object { $_ })) {
                $condition = ($rule.RequiredWhen[$field] -split '=')[0]
                if ($rule.RequiredWhen[$field] -match '^\w+(=[\w-]+)?$' -and $byWire.ContainsKey($condition) -and $arguments.Contains($byWire[$condition].Name) -and $byWire.ContainsKey($field)) {
                    $arguments[$byWire[$field].Name] = Get-SampleValue $byWire[$field] $null
                }
            }
        }
        if ($set.Parameters.Name -contains $entry.Set -and -not $arguments.Contains($entry.Set)) { $arguments[$entry.Set] = $true }
        if ($command.Parameters.ContainsKey('Force') -and $entry.Cmdlet -like 'Remove-*') { $arguments['Force'] = $true }
        elseif ($command.Parameters.ContainsKey('Confirm')) { $arguments['Confirm'] = $false }
        $name = $entry.Cmdlet
        $splat = $arguments
        $deviation = $null
        if ($entry.Options.body -or $entry.Options.bodyfrom) {
            $deviation = 'The document gives this route no request body, but Coolify reads one; Prism refuses any body here.'
        }
        if ($entry.Options.path) { $deviation = "The server's route ($($entry.Options.path)) is not the document's, so Prism does not know it." }
        if ($beyond) { $deviation = 'The server has this route (build/server-rules.psd1), the document does not, so Prism does not know it.' }
        $calls[$entry.OperationId] = @{ Script = { & $name @splat }.GetNewClosure(); Deviation = $deviation; Arguments = $arguments }
    }
    $calls
}

# Runs one call and returns what it wrote: errors (terminating or not) and the module's verbose lines.
function Invoke-ContractCall([scriptblock] $Script) {
    $errors = [System.Collections.Generic.List[object]]::new()
    $verbose = [System.Collections.Generic.List[string]]::new()
    # The calls are closures, which see global preferences rather than this scope's.
    $saved = $global:VerbosePreference
    $global:VerbosePreference = 'Continue'
    try {
        $records = & { $ErrorActionPreference = 'Continue'; & $Script } *>&1
        foreach ($r in $records) {
            if ($r -is [System.Management.Automation.ErrorRecord]) { $errors.Add($r) }
            elseif ($r -is [System.Management.Automation.VerboseRecord]) { $verbose.Add($r.Message) }
        }
    }
    catch {
        $errors.Add($_)
    }
    finally {
        $global:VerbosePreference = $saved
    }
    [pscustomobject]@{ Errors = $errors; Verbose = $verbose }
}
