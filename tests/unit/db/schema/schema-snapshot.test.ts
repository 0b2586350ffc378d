import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSIONS } from '../../../../src-renderer/db/schema/versions'

/**
 * Fails on any unplanned schema change. A planned change adds a version (with an upgrade function and
 * its test) and updates this snapshot in the same commit.
 */
describe('schema snapshot', () => {
  it('matches the recorded schema versions', () => {
    expect(SCHEMA_VERSIONS).toMatchInlineSnapshot(`
      [
        {
          "stores": {
            "missionProfile": "id",
            "recommendationMeasureLinks": "id, recommendationId, measureId, &[recommendationId+measureId]",
            "recommendations": "id, reviewId, session, stateUnderReview, *recommendingStates, position, actionCategory, *themes, *sdgTargets, implementationStatus, origin.key",
            "recoveryMeasures": "id, type, status, *rights, *groups, *sdgTargets",
            "referenceCorrections": "id, kind, &[kind+key]",
            "reviews": "id, stateIso3, session, cycle, [stateIso3+session]",
            "statementVersions": "id, statementId, [statementId+version]",
            "statements": "id, kind, stateUnderReview, session, reviewId, status, updatedAt",
            "tasks": "id, reviewId, stage, dueOn",
          },
          "version": 1,
        },
        {
          "stores": {
            "missionProfile": "id",
            "recommendationMeasureLinks": "id, recommendationId, measureId, &[recommendationId+measureId]",
            "recommendations": "id, reviewId, session, stateUnderReview, *recommendingStates, position, actionCategory, *themes, *sdgTargets, implementationStatus, origin.key",
            "recoveryMeasures": "id, type, status, *rights, *groups, *sdgTargets",
            "referenceCorrections": "id, kind, &[kind+key]",
            "reviews": "id, stateIso3, session, cycle, [stateIso3+session]",
            "savedViews": "id, &name",
            "statementVersions": "id, statementId, [statementId+version]",
            "statements": "id, kind, stateUnderReview, session, reviewId, status, updatedAt",
            "tasks": "id, reviewId, stage, dueOn",
          },
          "version": 2,
        },
        {
          "stores": {
            "appMeta": "id",
            "attachments": "id, ownerId",
            "missionProfile": "id",
            "participations": "id, session, stateIso3, &[session+stateIso3]",
            "recommendationMeasureLinks": "id, recommendationId, measureId, &[recommendationId+measureId]",
            "recommendations": "id, reviewId, session, stateUnderReview, *recommendingStates, position, actionCategory, *themes, *sdgTargets, implementationStatus, origin.key",
            "recoveryMeasures": "id, type, status, *rights, *groups, *sdgTargets",
            "referenceCorrections": "id, kind, &[kind+key]",
            "reviews": "id, stateIso3, session, cycle, [stateIso3+session]",
            "savedViews": "id, &name",
            "statementVersions": "id, statementId, [statementId+version]",
            "statements": "id, kind, stateUnderReview, session, reviewId, status, updatedAt",
            "syncBases": "id",
            "tasks": "id, reviewId, stage, dueOn",
          },
          "version": 3,
        },
        {
          "stores": {
            "appMeta": "id",
            "attachments": "id, ownerId",
            "missionProfile": "id",
            "participations": "id, session, stateIso3, &[session+stateIso3]",
            "recommendationMeasureLinks": "id, recommendationId, measureId, &[recommendationId+measureId]",
            "recommendations": "id, reviewId, session, stateUnderReview, origin.key",
            "recoveryMeasures": "id, type, status, *rights, *groups, *sdgTargets",
            "referenceCorrections": "id, kind, &[kind+key]",
            "registerCache": "id",
            "registerJournal": "++seq",
            "reviews": "id, stateIso3, session, cycle, [stateIso3+session]",
            "savedViews": "id, &name",
            "statementVersions": "id, statementId, [statementId+version]",
            "statements": "id, kind, stateUnderReview, session, reviewId, status, updatedAt",
            "syncBases": "id",
            "tasks": "id, reviewId, stage, dueOn",
          },
          "upgrade": [Function],
          "version": 4,
        },
        {
          "stores": {
            "appMeta": "id",
            "attachments": "id, ownerId",
            "missionProfile": "id",
            "participations": "id, session, stateIso3, &[session+stateIso3]",
            "recommendationMeasureLinks": "id, recommendationId, measureId, &[recommendationId+measureId]",
            "recommendations": "id, reviewId, session, stateUnderReview, origin.key",
            "recoveryMeasures": "id, type, status, *rights, *groups, *sdgTargets",
            "referenceCorrections": "id, kind, &[kind+key]",
            "registerCache": "id",
            "registerJournal": "++seq",
            "reviews": "id, stateIso3, session, cycle, [stateIso3+session]",
            "savedViews": "id, &name",
            "statementVersions": "id, statementId, [statementId+version]",
            "statements": "id, kind, stateUnderReview, session, reviewId, status, updatedAt",
            "syncBases": "id",
            "syncConflicts": "id, table",
            "syncOutbox": "++seq",
            "syncRevs": "id",
            "syncState": "id",
            "tasks": "id, reviewId, stage, dueOn",
          },
          "version": 5,
        },
      ]
    `)
  })
})
