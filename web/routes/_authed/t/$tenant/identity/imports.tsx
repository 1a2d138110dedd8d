import { createFileRoute, Outlet } from '@tanstack/react-router'
import { guardImports } from '@/features/identity-imports/imports-guard'

/** Imports: the list and new import (index), and one import's progress and report ($jobId). */
export const Route = createFileRoute('/_authed/t/$tenant/identity/imports')({
  beforeLoad: guardImports,
  component: Outlet,
})
