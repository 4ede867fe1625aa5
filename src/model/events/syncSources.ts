/** §11 event shapes of the sync push sources (API Gateway v1/v2, Cognito, Lex, Alexa), typed with @types/aws-lambda. */
import type { APIGatewayProxyEvent, APIGatewayProxyEventV2, LexEvent, PreSignUpTriggerEvent } from 'aws-lambda'
import { isoFromMs } from '../isoTime.ts'
import { bodyText, hexOf, uuidOf } from './encoding.ts'
import type { EventInput } from './types.ts'

const first = (e: EventInput) => e.records[0]
const apiId = (e: EventInput) => hexOf(`${e.sourceId}/api`, 10)
/** API Gateway's request time format: 05/Jan/2026:09:00:00 +0000. */
function clf(ms: number): string {
  const iso = isoFromMs(ms)
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  return `${iso.slice(8, 10)}/${months[Number(iso.slice(5, 7)) - 1]}/${iso.slice(0, 4)}:${iso.slice(11, 19)} +0000`
}

export function apiGatewayV1Event(e: EventInput): APIGatewayProxyEvent {
  const r = first(e)
  const at = r?.createdMs ?? e.atMs
  const headers = {
    'content-type': 'application/json',
    Host: `${apiId(e)}.execute-api.${e.region}.amazonaws.com`,
    'User-Agent': 'curl/8.5.0',
  }
  return {
    resource: '/orders',
    path: '/orders',
    httpMethod: 'POST',
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {
      accountId: e.sourceAccountId,
      apiId: apiId(e),
      authorizer: undefined,
      protocol: 'HTTP/1.1',
      httpMethod: 'POST',
      path: '/prod/orders',
      stage: 'prod',
      requestId: uuidOf(`${r?.id}/apigw`),
      requestTimeEpoch: at,
      resourceId: hexOf(`${e.sourceId}/res`, 6),
      resourcePath: '/orders',
      identity: {
        accessKey: null,
        accountId: null,
        apiKey: null,
        apiKeyId: null,
        caller: null,
        clientCert: null,
        cognitoAuthenticationProvider: null,
        cognitoAuthenticationType: null,
        cognitoIdentityId: null,
        cognitoIdentityPoolId: null,
        principalOrgId: null,
        sourceIp: '203.0.113.10',
        user: null,
        userAgent: 'curl/8.5.0',
        userArn: null,
      },
    },
    body: bodyText(r?.payload),
    isBase64Encoded: false,
  }
}

export function apiGatewayV2Event(e: EventInput): APIGatewayProxyEventV2 {
  const r = first(e)
  const at = r?.createdMs ?? e.atMs
  const domainName = `${apiId(e)}.execute-api.${e.region}.amazonaws.com`
  return {
    version: '2.0',
    routeKey: 'POST /orders',
    rawPath: '/orders',
    rawQueryString: '',
    headers: { 'content-type': 'application/json', host: domainName, 'user-agent': 'curl/8.5.0' },
    requestContext: {
      accountId: e.sourceAccountId,
      apiId: apiId(e),
      domainName,
      domainPrefix: apiId(e),
      http: {
        method: 'POST',
        path: '/orders',
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.10',
        userAgent: 'curl/8.5.0',
      },
      requestId: hexOf(`${r?.id}/http`, 16),
      routeKey: 'POST /orders',
      stage: '$default',
      time: clf(at),
      timeEpoch: at,
    },
    body: bodyText(r?.payload),
    isBase64Encoded: false,
  }
}

export function cognitoEvent(e: EventInput): PreSignUpTriggerEvent {
  return {
    version: '1',
    triggerSource: 'PreSignUp_SignUp',
    region: e.region,
    userPoolId: `${e.region}_${hexOf(e.sourceId, 9)}`,
    userName: 'alice',
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: hexOf(`${e.sourceId}/client`, 26) },
    request: { userAttributes: { email: 'alice@example.com' }, validationData: {} },
    response: { autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false },
  }
}

export function lexEvent(e: EventInput): LexEvent {
  return {
    messageVersion: '1.0',
    invocationSource: 'FulfillmentCodeHook',
    userId: hexOf(`${first(e)?.id}/user`, 12),
    sessionAttributes: {},
    requestAttributes: null,
    bot: { name: e.sourceId, alias: '$LATEST', version: '$LATEST' },
    outputDialogMode: 'Text',
    currentIntent: {
      name: 'OrderFlowers',
      slots: { FlowerType: 'roses' },
      slotDetails: {},
      confirmationStatus: 'None',
    },
    inputTranscript: 'I would like roses',
  }
}

/** Alexa Skills Kit request envelope: not in @types/aws-lambda (AWS points to ask-sdk-model), so untyped here. */
export function alexaEvent(e: EventInput): Record<string, unknown> {
  const r = first(e)
  const application = { applicationId: `amzn1.ask.skill.${uuidOf(e.sourceId)}` }
  const user = { userId: `amzn1.ask.account.${hexOf(`${e.sourceId}/user`, 24).toUpperCase()}` }
  return {
    version: '1.0',
    session: {
      new: true,
      sessionId: `amzn1.echo-api.session.${uuidOf(`${r?.id}/session`)}`,
      application,
      user,
      attributes: {},
    },
    context: { System: { application, user, apiEndpoint: 'https://api.amazonalexa.com' } },
    request: {
      type: 'LaunchRequest',
      requestId: `amzn1.echo-api.request.${uuidOf(`${r?.id}/request`)}`,
      timestamp: isoFromMs(r?.createdMs ?? e.atMs).replace(/\.\d{3}Z$/, 'Z'),
      locale: 'en-US',
    },
  }
}
