import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useCallback } from 'react'
import { toast } from 'sonner'
import { ApiRequestError } from '@/lib/api-client'
import { SESSION_QUERY_KEY, signOut } from '@/lib/session'

/** Ends the session on the server, forgets every cached answer, and returns to sign-in. */
export function useSignOut() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return useCallback(async () => {
    // Requests still running or queued (a page of row signals) would reach the server after the
    // session ended and come back 401: stop them first.
    await queryClient.cancelQueries()
    try {
      await signOut()
    } catch (error) {
      toast.error(error instanceof ApiRequestError ? error.message : 'Signing out failed. Try again.')
      return
    }
    queryClient.clear()
    queryClient.setQueryData(SESSION_QUERY_KEY, null)
    await navigate({ to: '/sign-in', search: {} })
    toast.success('You are signed out.')
  }, [navigate, queryClient])
}
