BeforeAll {
    . (Join-Path $PSScriptRoot 'Common.ps1')
    $script:Sim = Start-CoolifySimulator
    $script:OldId = 'k0wcgw4'
    $script:NewId = 'xk9q2m7a1b3c5d7e9f0g2h4j'
}

AfterAll {
    Disconnect-Coolify
    Stop-CoolifySimulator $script:Sim
}

Describe 'Get-CoolifyService' {
    BeforeAll { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'lists services as typed objects with a default table view' {
        $services = @(Get-CoolifyService)
        $services.Count | Should -BeGreaterOrEqual 6
        $services[0] | Should -BeOfType 'Coolify.CoolifyService'
        $services.Uuid | Should -Contain $script:OldId
        $table = $services | Format-Table | Out-String
        $table | Should -Match 'Name\s+Status'
    }

    It 'filters by name with wildcards' {
        $names = (Get-CoolifyService -Name 'n8n*').Name | Sort-Object
        $names | Should -Be @('n8n', 'n8n-staging')
    }

    It 'reports a plain name that matches nothing, but not a pattern' {
        Get-CoolifyService -Name 'no-such-service' -ErrorVariable e -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound,*'
        Get-CoolifyService -Name 'zzz*' -ErrorVariable e2 -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e2 | Should -BeNullOrEmpty
    }

    It 'gets a service by a 7-character id and by a 24-character id' {
        $old = Get-CoolifyService -Uuid $script:OldId
        $old.Name | Should -Be 'n8n'
        $new = $script:NewId | Get-CoolifyService
        $new.Name | Should -Be 'n8n-staging'
        $new.Applications.Count | Should -BeGreaterThan 0
        $new.Applications[0] | Should -BeOfType 'Coolify.CoolifyServiceComponent'
    }

    It 'reports an unknown id with CoolifyResourceNotFound, the id as target, and goes on with the pipeline' {
        $out = 'nosuchservice0000000000', $script:OldId | Get-CoolifyService -ErrorVariable e -ErrorAction SilentlyContinue
        $out.Uuid | Should -Be $script:OldId
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyResourceNotFound,*'
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $e[0].TargetObject | Should -Be 'nosuchservice0000000000'
    }

    It 'hides compose files from a read token and shows them to a read:sensitive token' {
        Connect-Sim -TokenName Read
        (Get-CoolifyService -Uuid $script:OldId).DockerComposeRaw | Should -BeNullOrEmpty
        Connect-Sim -TokenName Sensitive
        (Get-CoolifyService -Uuid $script:OldId).DockerComposeRaw | Should -Not -BeNullOrEmpty
        Connect-Sim
    }
}

Describe 'Start, Stop and Restart-CoolifyService' {
    BeforeEach { Reset-CoolifySimulator $script:Sim; Connect-Sim }

    It 'starts every exited service piped from Get-CoolifyService' {
        $exited = @(Get-CoolifyService | Where-Object Status -like 'exited*')
        $exited.Count | Should -BeGreaterThan 1
        $results = @(Get-CoolifyService | Where-Object Status -like 'exited*' | Start-CoolifyService)
        $results.Count | Should -Be $exited.Count
        $results[0] | Should -BeOfType 'Coolify.CoolifyActionResult'
        $results.Message | Select-Object -Unique | Should -Be 'Service starting request queued.'
        $results.Uuid | Should -Be $exited.Uuid
        @(Get-CoolifyService | Where-Object Status -like 'exited*').Count | Should -Be 0
    }

    It '-WhatIf sends no POST' {
        Clear-CoolifySimulatorRequest $script:Sim
        $out = $script:OldId, $script:NewId | Stop-CoolifyService -WhatIf
        $out | Should -BeNullOrEmpty
        Get-PostCount | Should -Be 0
    }

    It 'restarts services by name without asking when -Confirm:$false' {
        $results = @(Get-CoolifyService -Name 'n8n*' | Restart-CoolifyService -Confirm:$false)
        $results.Count | Should -Be 2
        $results.Action | Select-Object -Unique | Should -Be 'Restart'
        $results.Message | Select-Object -Unique | Should -Be 'Service restarting request queued.'
    }

    It 'works with both id formats as strings' {
        $r = 'k0wcgw4' | Start-CoolifyService
        $r.Uuid | Should -Be 'k0wcgw4'
        $r = Stop-CoolifyService -Uuid $script:NewId -DockerCleanup
        $r.Message | Should -Be 'Service stopping request queued.'
        (Get-CoolifySimulatorRequest $script:Sim -Method POST | Select-Object -Last 1).query | Should -Match 'docker_cleanup=true'
    }

    It 'passes Coolify''s own message for an action it refuses' {
        Start-CoolifyService -Uuid $script:NewId -ErrorVariable e -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyBadRequest,*'
        $e[0].Exception.Message | Should -Be 'Service is already running.'
    }

    It 'refuses malicious ids before sending anything, and goes on with the good ones' {
        Clear-CoolifySimulatorRequest $script:Sim
        $bad = '../services', 'a/b', 'a?b=c', 'a#b', "a`nb", 'a b', '%2F', '', 'ü1234567', ('x' * 10000)
        $out = @($bad + $script:OldId | Start-CoolifyService -ErrorVariable e -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 1
        $out[0].Uuid | Should -Be $script:OldId
        $e.Count | Should -Be $bad.Count
        $e | ForEach-Object { $_.FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidId,*' }
        $e | ForEach-Object { $_.CategoryInfo.Category | Should -Be 'InvalidArgument' }
        $requests = @(Get-CoolifySimulatorRequest $script:Sim)
        $requests.Count | Should -Be 1
        $requests[0].path | Should -Be "/api/v1/services/$($script:OldId)/start"
    }

    It 'refuses piped objects without a Uuid property with a clear error' {
        $out = [pscustomobject]@{ Name = 'n8n' } | Start-CoolifyService -ErrorVariable e -ErrorAction SilentlyContinue
        $out | Should -BeNullOrEmpty
        $e[0].Exception.Message | Should -Match 'without a Uuid property'
        Get-PostCount | Should -Be 0
    }

    It 'stops the pipeline at the first permission error instead of sending more failing requests' {
        Connect-Sim -TokenName Read
        Clear-CoolifySimulatorRequest $script:Sim
        $err = { $script:OldId, $script:NewId | Start-CoolifyService -ErrorAction Continue } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -BeLike 'CoolifyPermissionDenied,*'
        $err.Exception.Message | Should -Match 'Missing required permissions: deploy'
        Get-PostCount | Should -Be 1
    }

    It 'falls back to GET once on servers older than v4.2' {
        Set-CoolifySimulator $script:Sim @{ legacy_get_actions = $true }
        Clear-CoolifySimulatorRequest $script:Sim
        $r = Start-CoolifyService -Uuid $script:OldId
        $r.Message | Should -Be 'Service starting request queued.'
        $methods = @(Get-CoolifySimulatorRequest $script:Sim).method
        $methods | Should -Be @('POST', 'GET')
    }
}

Describe 'New, Set, Copy, Move and Remove-CoolifyService' {
    BeforeEach {
        Reset-CoolifySimulator $script:Sim
        Connect-Sim
        $script:Project = (Invoke-RestMethod "$($script:Sim.Url)/api/v1/projects" -Headers @{ Authorization = "Bearer $(Get-SimToken)" })[0]
        $script:Server = (Invoke-RestMethod "$($script:Sim.Url)/api/v1/servers" -Headers @{ Authorization = "Bearer $(Get-SimToken)" })[0]
    }

    It 'creates a service from a template and returns it' {
        $s = New-CoolifyService -Type 'uptime-kuma' -Name 'status' -ProjectUuid $script:Project.uuid -ServerUuid $script:Server.uuid -EnvironmentName production
        $s | Should -BeOfType 'Coolify.CoolifyService'
        $s.Uuid | Should -Match '^[a-z0-9]{24}$'
        (Get-CoolifyService -Uuid $s.Uuid).Name | Should -Be 'status'
    }

    It 'base64-encodes a compose file given as plain text' {
        $compose = "services:`n  web:`n    image: nginx:alpine`n"
        $s = New-CoolifyService -DockerCompose $compose -Name 'web' -ProjectUuid $script:Project.uuid -ServerUuid $script:Server.uuid -EnvironmentName production
        $s.Uuid | Should -Not -BeNullOrEmpty
        $post = Get-CoolifySimulatorRequest $script:Sim -Method POST | Where-Object path -eq '/api/v1/services' | Select-Object -Last 1
        $sent = $post.body | ConvertFrom-Json
        [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($sent.docker_compose_raw)) | Should -Be $compose
        $sent.PSObject.Properties.Name | Should -Not -Contain 'description'
    }

    It 'asks for an environment before sending anything' {
        Clear-CoolifySimulatorRequest $script:Sim
        New-CoolifyService -Type n8n -ProjectUuid $script:Project.uuid -ServerUuid $script:Server.uuid -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidArgument,*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'refuses an id in the body that could not be one, before sending anything' {
        Clear-CoolifySimulatorRequest $script:Sim
        New-CoolifyService -Type n8n -ProjectUuid '../projects' -ServerUuid $script:Server.uuid -EnvironmentName production -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CoolifyInvalidId,*'
        "$($e[0])" | Should -BeLike '-ProjectUuid*'
        @(Get-CoolifySimulatorRequest $script:Sim).Count | Should -Be 0
    }

    It 'refuses empty mandatory values' {
        { New-CoolifyService -Type '' -ProjectUuid $script:Project.uuid -ServerUuid $script:Server.uuid -EnvironmentName production } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
    }

    It 'sends only the settings given' {
        Clear-CoolifySimulatorRequest $script:Sim
        $s = Set-CoolifyService -Uuid $script:OldId -Description 'workflows' -PassThru
        $s.Description | Should -Be 'workflows'
        $patch = Get-CoolifySimulatorRequest $script:Sim -Method PATCH | Select-Object -First 1
        $patch.body | Should -Be '{"description":"workflows"}'
        { Set-CoolifyService -Uuid $script:OldId } | Should -Throw -ErrorId 'CoolifyInvalidArgument*'
    }

    It 'sends -Url as Coolify''s list of name and url, and writes nothing without -PassThru' {
        Clear-CoolifySimulatorRequest $script:Sim
        $out = Set-CoolifyService -Uuid $script:OldId -Url @{ n8n = 'https://a.example.com', 'https://b.example.com' } -ContainerLabelEscape $false
        $out | Should -BeNullOrEmpty
        (Get-CoolifySimulatorRequest $script:Sim -Method PATCH)[-1].body | Should -Be '{"urls":[{"name":"n8n","url":"https://a.example.com,https://b.example.com"}],"is_container_label_escape_enabled":false}'
    }

    It 'clones a service and returns the copy' {
        $destination = $script:Server.destinations[0].uuid
        if (-not $destination) { $destination = 'dst0localhost00000000000' }
        $copy = Copy-CoolifyService -Uuid $script:OldId -DestinationUuid $destination -Name 'n8n-copy' -ErrorAction Stop
        $copy.Uuid | Should -Not -Be $script:OldId
    }

    It 'moves a service to another environment' {
        $target = $script:Project.environments | Where-Object name -eq 'staging' | Select-Object -First 1
        $r = Move-CoolifyService -Uuid $script:OldId -EnvironmentUuid $target.uuid
        $r | Should -BeOfType 'Coolify.CoolifyActionResult'
        $r.Action | Should -Be 'Move service'
        $r.Uuid | Should -Be $script:OldId
        (Get-CoolifySimulatorRequest $script:Sim -Method POST | Select-Object -Last 1).body | Should -Be "{`"environment_uuid`":`"$($target.uuid)`"}"
    }

    It 'deletes only with confirmation: -WhatIf and -WhatIf -Force send nothing, -Force deletes' {
        Clear-CoolifySimulatorRequest $script:Sim
        Remove-CoolifyService -Uuid $script:OldId -WhatIf
        Remove-CoolifyService -Uuid $script:OldId -Force -WhatIf
        @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE).Count | Should -Be 0
        Remove-CoolifyService -Uuid $script:OldId -Force -KeepVolumes
        $delete = @(Get-CoolifySimulatorRequest $script:Sim -Method DELETE)
        $delete.Count | Should -Be 1
        $delete[0].query | Should -Match 'delete_volumes=false'
        { Get-CoolifyService -Uuid $script:OldId -ErrorAction Stop } | Should -Throw -ErrorId 'CoolifyResourceNotFound*'
    }

    It 'declares ConfirmImpact High on Remove so it asks by default' {
        $meta = [System.Management.Automation.CommandMetadata]::new((Get-Command Remove-CoolifyService))
        $meta.ConfirmImpact | Should -Be 'High'
        (Get-Command Remove-CoolifyService).Parameters.Keys | Should -Contain 'Force'
    }
}
