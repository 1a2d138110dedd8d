import { describe, expect, it } from 'vitest'
import { parseStepTypes, playerFilter, validatePlayerSearch } from './player-search'

describe('player URL', () => {
  it('keeps a valid step, filters and search', () => {
    expect(validatePlayerSearch({ step: '250', types: 'KeyPress,NavigatedTo', tab: '123456789', q: 'invoice' })).toEqual({
      step: 250,
      types: 'NavigatedTo,KeyPress',
      tab: '123456789',
      q: 'invoice',
    })
  })

  it('drops what is not valid, so a stale link still opens', () => {
    expect(validatePlayerSearch({ step: '-3', types: 'Teleport', tab: 'x<script>', q: '   ' })).toEqual({})
    expect(parseStepTypes('MouseClick,Bogus')).toEqual(['MouseClick'])
  })

  it('turns the URL into the API filter', () => {
    expect(playerFilter({ step: 2, types: 'MouseClick', tab: '42', q: 'x' })).toEqual({ types: 'MouseClick', tab: '42' })
    expect(playerFilter({})).toEqual({})
  })
})
