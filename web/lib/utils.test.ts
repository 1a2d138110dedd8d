import { describe, expect, it } from 'vitest'
import { cn, loadClassMerge } from './utils'

describe('cn', () => {
  it('joins class names (conditional ones too) before tailwind-merge is loaded', () => {
    const hidden = false
    expect(cn('px-4 py-2', hidden && 'hidden', { 'font-medium': true, italic: false }, undefined)).toBe('px-4 py-2 font-medium')
  })

  it('lets later utilities override conflicting earlier ones once loadClassMerge is done', async () => {
    await Promise.all([loadClassMerge(), loadClassMerge()])
    expect(cn('h-9 px-4 py-2', 'px-2')).toBe('h-9 py-2 px-2')
    expect(cn('text-sm text-muted-foreground', 'text-destructive')).toBe('text-sm text-destructive')
  })
})
